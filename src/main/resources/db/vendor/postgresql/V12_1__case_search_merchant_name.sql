-- PostgreSQL only (H2 has no index on an expression): the case search finds a merchant by id or by name in any case
-- (merchant_id = ? or lower(merchant_name) = ?). ix_case_record_merchant serves the id; without this one the "or"
-- made PostgreSQL walk every closed case newest first until it had a page of one merchant's (p95 53 ms over
-- 98,000 cases, docs/BENCHMARKS.md "Analytics summary over 100,000 cases").
create index ix_case_record_merchant_name on case_record (lower(merchant_name), closed_at);
