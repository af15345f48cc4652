-- Who may read a complaint's case besides supervisors, auditors and administrators (issue 7): the groups and
-- users that had a task of the case (its desk, triage, arbitrators, the warehouse, finance) and everyone who
-- was assigned one. The engine's per-instance authorizations are written from these rows.
create table case_access (
    complaint_id   bigint       not null references complaint (id),
    principal_type varchar(5)   not null,
    principal_id   varchar(255) not null,
    granted_at     timestamp with time zone not null,
    reason         varchar(255),
    constraint pk_case_access primary key (complaint_id, principal_type, principal_id)
);

create index ix_case_access_principal on case_access (principal_type, principal_id);

-- Who asked for a refund (a person deciding an amount, or the desk itself), so that nobody pays by hand a
-- refund they decided themselves.
alter table refund add column requested_by varchar(255) default 'system' not null;

-- Start-up steps that must run once per database, not once per start (e.g. taking back grants that earlier
-- versions gave too broadly).
create table desk_setup_step (
    name    varchar(100) primary key,
    done_at timestamp with time zone not null
);

-- Who settled a refund: the payment service, or the finance agent who paid it by hand (a refund is settled once).
alter table refund add column settled_by varchar(255);
