-- Meetings, duties and meeting guests can be corrected and removed. A removal keeps the row (who removed
-- it, when and why) and every list and figure leaves it out; the audit trail holds its old values. A
-- guest gets a version so that two corrections of the same guest cannot overwrite each other.

alter table meeting add column removed_at timestamptz;
alter table meeting add column removed_by varchar(60);
alter table meeting add column removal_reason varchar(500);
alter table meeting add constraint ck_meeting_removal check (
    (removed_at is null and removed_by is null and removal_reason is null)
    or (removed_at is not null and removed_by is not null and length(trim(removal_reason)) > 0));

alter table duty add column removed_at timestamptz;
alter table duty add column removed_by varchar(60);
alter table duty add column removal_reason varchar(500);
alter table duty add constraint ck_duty_removal check (
    (removed_at is null and removed_by is null and removal_reason is null)
    or (removed_at is not null and removed_by is not null and length(trim(removal_reason)) > 0));

alter table meeting_guest add column removed_at timestamptz;
alter table meeting_guest add column removed_by varchar(60);
alter table meeting_guest add column removal_reason varchar(500);
alter table meeting_guest add column version bigint not null default 0;
alter table meeting_guest add constraint ck_meeting_guest_removal check (
    (removed_at is null and removed_by is null and removal_reason is null)
    or (removed_at is not null and removed_by is not null and length(trim(removal_reason)) > 0));

-- The pages and figures read only what is not removed.
drop index ix_meeting_branch_date;
create index ix_meeting_branch_date on meeting (branch_id, held_on) where removed_at is null;
drop index ix_duty_branch_year;
create index ix_duty_branch_year on duty (branch_id, year, member_id) where removed_at is null;
drop index ix_duty_member_year;
create index ix_duty_member_year on duty (member_id, year) where removed_at is null;
