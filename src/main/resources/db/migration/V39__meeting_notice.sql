-- Meeting notices (issue 19, item 6): a planned branch meeting announced ahead of time, with the documents
-- members read before it. A cancelled notice stays, marked with who cancelled it, when and why, so that
-- members see that the meeting will not take place. Documents are kept in the database (backed up with
-- everything else), at most 10 MB each, with their SHA-256 so that a copy can be checked.

create sequence meeting_notice_seq increment by 50;

create table meeting_notice (
    id            bigint       not null,
    branch_id     bigint       not null,
    meets_on      date         not null,
    starts_at     varchar(5),
    place         varchar(200),
    kind          varchar(20)  not null,
    topic         varchar(300) not null,
    agenda        text,
    created_by    varchar(60)  not null,
    created_at    timestamptz  not null default now(),
    cancelled_at  timestamptz,
    cancelled_by  varchar(60),
    cancel_reason varchar(500),
    version       bigint       not null default 0,
    constraint pk_meeting_notice primary key (id),
    constraint fk_meeting_notice_branch foreign key (branch_id) references org_unit (id),
    -- a notice announces a meeting of the branch: its committee's meetings are not announced to members
    constraint ck_meeting_notice_kind check (kind in ('REGULAR', 'THEMATIC')),
    constraint ck_meeting_notice_topic check (length(trim(topic)) > 0),
    -- the hour as the branch wrote it (HH:mm, local time), not a point in time to convert between zones
    constraint ck_meeting_notice_starts_at check (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    constraint ck_meeting_notice_cancel check (
        (cancelled_at is null and cancelled_by is null and cancel_reason is null)
        or (cancelled_at is not null and cancelled_by is not null and length(trim(cancel_reason)) > 0))
);
create index ix_meeting_notice_branch_date on meeting_notice (branch_id, meets_on);

create sequence meeting_notice_document_seq increment by 50;

create table meeting_notice_document (
    id           bigint       not null,
    notice_id    bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  varchar(60)  not null,
    uploaded_at  timestamptz  not null default now(),
    constraint pk_meeting_notice_document primary key (id),
    constraint fk_meeting_notice_document_notice foreign key (notice_id) references meeting_notice (id),
    constraint ck_meeting_notice_document_size check (size_bytes > 0 and size_bytes <= 10485760),
    constraint ck_meeting_notice_document_content check (octet_length(content) = size_bytes),
    constraint ck_meeting_notice_document_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_meeting_notice_document_name check (length(trim(file_name)) > 0)
);
create index ix_meeting_notice_document_notice on meeting_notice_document (notice_id);
