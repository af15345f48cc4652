-- The merchant's side of a complaint (issue 9): asked before the desk investigates, it answers within the window
-- from service-levels by accepting the demand, proposing another remedy or contesting with a statement; silence
-- is recorded too. What each answer leads to is the decision table merchant-answer's.
create table merchant_answer (
    complaint_id    bigint       not null primary key references complaint (id),
    merchant_id     varchar(100) not null,
    demanded_remedy varchar(30),
    asked_at        timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    status          varchar(20)  not null,
    answer          varchar(20),
    remedy          varchar(30),
    amount          numeric(19, 2),
    statement       varchar(4000),
    answered_by     varchar(255),
    answered_at     timestamp with time zone,
    version         bigint       default 0 not null
);

create index ix_merchant_answer_merchant on merchant_answer (merchant_id, status);
