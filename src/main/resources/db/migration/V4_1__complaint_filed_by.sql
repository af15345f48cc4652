-- Who filed the complaint: the authenticated service client (or the email channel). Only the same
-- client replaying the same message gets a fresh customer token; complaints filed before this column
-- existed (null) never hand out another one.
alter table complaint add column filed_by varchar(64);
