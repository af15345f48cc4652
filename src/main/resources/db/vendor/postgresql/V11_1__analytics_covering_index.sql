-- PostgreSQL only (H2 has no INCLUDE): the summary and the breakdowns read these columns of the cases closed in a
-- period; carried in the closed_at index they are read from the index alone, without visiting the wide rows. It keeps
-- complaint_id after closed_at for the audit export's keyset (V10).
drop index ix_case_record_closed;
create index ix_case_record_closed on case_record (closed_at, complaint_id)
    include (first_response_on_time, first_response_minutes, resolve_minutes, reopened, escalated, arbitrated,
             outcome, refunded_amount, satisfaction_score);
