-- Engagement with members and residents: commendations and reminders, residents' concerns, citizen
-- reception sessions and the annual dialogue with their follow-ups.

create sequence recognition_seq increment by 50;
create table recognition (
    id          bigint       not null,
    kind        varchar(20)  not null,
    member_id   bigint,
    branch_id   bigint       not null,
    decided_on  date         not null,
    decided_by  varchar(200) not null,
    decision    varchar(100),
    reason      text         not null,
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null default now(),
    constraint pk_recognition primary key (id),
    constraint fk_recognition_member foreign key (member_id) references member (id),
    constraint fk_recognition_branch foreign key (branch_id) references org_unit (id),
    constraint ck_recognition_kind check (kind in ('COMMENDATION', 'REMINDER'))
);
create index ix_recognition_branch_date on recognition (branch_id, decided_on);

create sequence concern_seq increment by 50;
create table concern (
    id            bigint       not null,
    branch_id     bigint       not null,
    member_id     bigint,
    resident_name varchar(120) not null,
    topic         varchar(300) not null,
    details       text,
    raised_on     date         not null,
    status        varchar(20)  not null default 'OPEN',
    forwarded_on  date,
    resolved_on   date,
    response      text,
    created_by    varchar(60)  not null,
    version       bigint       not null default 0,
    constraint pk_concern primary key (id),
    constraint fk_concern_branch foreign key (branch_id) references org_unit (id),
    constraint fk_concern_member foreign key (member_id) references member (id),
    constraint ck_concern_status check (status in ('OPEN', 'FORWARDED', 'RESOLVED')),
    constraint ck_concern_forwarded check (status = 'OPEN' or forwarded_on is not null),
    constraint ck_concern_resolved check (status <> 'RESOLVED' or (resolved_on is not null and response is not null))
);
create index ix_concern_branch_status on concern (branch_id, status, raised_on);

create sequence engagement_session_seq increment by 50;
create table engagement_session (
    id        bigint       not null,
    kind      varchar(20)  not null,
    unit_id   bigint       not null,
    held_on   date         not null,
    title     varchar(300) not null,
    attendees text,
    issues    text,
    created_by varchar(60) not null,
    constraint pk_engagement_session primary key (id),
    constraint fk_engagement_session_unit foreign key (unit_id) references org_unit (id),
    constraint ck_engagement_session_kind check (kind in ('RECEPTION', 'DIALOGUE'))
);
create index ix_engagement_session_unit on engagement_session (unit_id, held_on);

create sequence follow_up_seq increment by 50;
create table follow_up (
    id          bigint       not null,
    session_id  bigint       not null,
    description varchar(500) not null,
    owner       varchar(200) not null,
    due_on      date         not null,
    done_on     date,
    version     bigint       not null default 0,
    constraint pk_follow_up primary key (id),
    constraint fk_follow_up_session foreign key (session_id) references engagement_session (id)
);
create index ix_follow_up_session on follow_up (session_id);
