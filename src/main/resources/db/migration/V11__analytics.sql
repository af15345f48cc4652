-- Analytics (issue 11): facts the case library did not record, the courier volumes, and indexes for the period
-- and filter columns the analytics queries read. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Rows archived before this version keep nulls here: unknown, left out of the figures that need them.

-- the desk that owned the case (the owner's desk, or the routed desk when nobody took it)
alter table case_record add column desk varchar(40);
-- taken by the first-response deadline; false when missed, null when the case ended before the deadline untaken
alter table case_record add column first_response_on_time boolean;
-- minutes from receipt to the first remedy offer, to the agreement (offer accepted or ruling final) and to the
-- remedy carried out: the funnel's step times
alter table case_record add column first_offer_minutes bigint;
alter table case_record add column agreed_minutes bigint;
alter table case_record add column remedy_done_minutes bigint;

-- V10's ix_case_record_closed (closed_at, complaint_id) serves the unfiltered summary (PostgreSQL widens it to a
-- covering index in V11_1); the complaint indexes carry what the counts read, so the database answers them from the
-- index alone
create index ix_case_record_desk on case_record (desk, closed_at);
create index ix_case_record_owner on case_record (owner_id, closed_at);
create index ix_complaint_received on complaint (received_at, ended_at);
create index ix_complaint_open on complaint (ended_at, received_at, stage);

-- Shipments per courier and month, uploaded by supervisors: the base of complaints per 1,000 shipments.
create table courier_volume (
    courier     varchar(100) not null,
    month_start date         not null,
    shipments   bigint       not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(64)  not null,
    constraint pk_courier_volume primary key (courier, month_start),
    constraint ck_courier_volume_shipments check (shipments >= 0)
);
