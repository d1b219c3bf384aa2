-- Commendations and reminders, residents' concerns, reception/dialogue sessions and their follow-ups can
-- be corrected and removed. A removal keeps the row, marked with who removed it, when and why (the audit
-- trail holds its old values), so that nothing typed is lost; every list and figure leaves removed rows
-- out. Who changed a row last and when lets a correction that meets someone else's change say whose.
-- Recognitions and sessions get the version the other two already have, for the same optimistic locking.

alter table recognition
    add column version        bigint       not null default 0,
    add column updated_by     varchar(60),
    add column updated_at     timestamptz,
    add column removed_at     timestamptz,
    add column removed_by     varchar(60),
    add column removal_reason varchar(500),
    add constraint ck_recognition_removal check (
        (removed_at is null and removed_by is null and removal_reason is null)
        or (removed_at is not null and removed_by is not null and removal_reason is not null));

alter table concern
    add column updated_by     varchar(60),
    add column updated_at     timestamptz,
    add column removed_at     timestamptz,
    add column removed_by     varchar(60),
    add column removal_reason varchar(500),
    add constraint ck_concern_removal check (
        (removed_at is null and removed_by is null and removal_reason is null)
        or (removed_at is not null and removed_by is not null and removal_reason is not null));

alter table engagement_session
    add column version        bigint       not null default 0,
    add column updated_by     varchar(60),
    add column updated_at     timestamptz,
    add column removed_at     timestamptz,
    add column removed_by     varchar(60),
    add column removal_reason varchar(500),
    add constraint ck_engagement_session_removal check (
        (removed_at is null and removed_by is null and removal_reason is null)
        or (removed_at is not null and removed_by is not null and removal_reason is not null));

alter table follow_up
    add column updated_by     varchar(60),
    add column updated_at     timestamptz,
    add column removed_at     timestamptz,
    add column removed_by     varchar(60),
    add column removal_reason varchar(500),
    add constraint ck_follow_up_removal check (
        (removed_at is null and removed_by is null and removal_reason is null)
        or (removed_at is not null and removed_by is not null and removal_reason is not null));
