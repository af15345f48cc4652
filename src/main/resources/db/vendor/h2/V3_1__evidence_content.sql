-- The bytes of evidence files (at most 10 MiB each), apart from their metadata.
create table evidence_content (
    evidence_id bigint primary key references evidence (id),
    content     varbinary(10485760) not null
);
