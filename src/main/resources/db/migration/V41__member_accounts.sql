-- Issue 21: a member's own account. A MEMBER account names one member; its scope is resolved from the
-- member's current branch on every request (scope_unit_id keeps the branch it was issued in, for the
-- administration list). Until activated, it holds only a hashed one-time code with its expiry, and a
-- password nobody knows.
alter table app_user drop constraint ck_app_user_role;
alter table app_user add constraint ck_app_user_role check (role in ('DISTRICT_STAFF', 'DISTRICT_LEADER',
    'COMMUNE_OFFICIAL', 'BRANCH_SECRETARY', 'MEMBER'));
alter table app_user add column member_id bigint;
alter table app_user add column activation_code_hash varchar(100);
alter table app_user add column activation_expires_at timestamptz;
alter table app_user add constraint fk_app_user_member foreign key (member_id) references member (id);
alter table app_user add constraint uq_app_user_member unique (member_id);
alter table app_user add constraint ck_app_user_member_role check ((role = 'MEMBER') = (member_id is not null));
alter table app_user add constraint ck_app_user_activation
    check ((activation_code_hash is null) = (activation_expires_at is null));

-- A member's request to correct their record, answered by their branch's secretary.
create sequence correction_request_seq increment by 50;
create table correction_request (
    id           bigint        not null,
    member_id    bigint        not null,
    body         varchar(2000) not null,
    requested_at timestamptz   not null,
    answer       varchar(2000),
    answered_at  timestamptz,
    answered_by  varchar(60),
    version      bigint        not null default 0,
    constraint pk_correction_request primary key (id),
    constraint fk_correction_request_member foreign key (member_id) references member (id),
    constraint ck_correction_request_answer check ((answer is null) = (answered_at is null))
);
create index ix_correction_request_member on correction_request (member_id);
create index ix_correction_request_open on correction_request (member_id) where answered_at is null;
