-- The audit export walks the closed cases of a period in order of closing, page by page (keyset: closed_at, then
-- complaint_id): this index lets every page start where the last one ended instead of counting rows from the start.
create index ix_case_record_closed on case_record (closed_at, complaint_id);
