-- Units through time (issue 17). A unit keeps its identity (org_unit.id, code); its name, kind, parent,
-- level role and status are versions valid from a date to a date, each made by an event that names the
-- decision and links predecessors and successors. org_unit keeps the version valid today, so that the
-- scope checks and lists keep reading one row per unit; org_unit_version is the history.

alter table org_unit drop constraint ck_org_unit_status;
alter table org_unit add constraint ck_org_unit_status check (status in ('ACTIVE', 'DISSOLVED', 'ENDED'));
alter table org_unit drop constraint ck_org_unit_dissolution;
alter table org_unit add constraint ck_org_unit_dissolution check (
    (status = 'ACTIVE' and dissolved_on is null and dissolution_decision is null)
    or (status <> 'ACTIVE' and dissolved_on is not null and dissolution_decision is not null));

-- The level role decides the rules (who approves a transfer, whose quota a rating follows), never the
-- kind. Existing trees were districts of communes of branches before 1/7/2025.
alter table org_unit add column level_role varchar(20);
update org_unit set level_role = case
    when kind = 'PROVINCE' then 'PROVINCE'
    when kind = 'DISTRICT' then 'ABOVE_GRASSROOTS'
    when kind in ('COMMUNE', 'TOWN', 'WARD') then 'GRASSROOTS'
    else 'BRANCH' end;
alter table org_unit alter column level_role set not null;
alter table org_unit add constraint ck_org_unit_level_role
    check (level_role in ('PROVINCE', 'ABOVE_GRASSROOTS', 'GRASSROOTS', 'BRANCH'));

create sequence org_event_seq increment by 50;
create table org_event (
    id                bigint       not null,
    kind              varchar(20)  not null,
    effective_on      date         not null,
    decision_number   varchar(100),
    decision_date     date,
    decision_body     varchar(200),
    reorganisation_id bigint,
    note              varchar(500),
    created_by        bigint,
    created_at        timestamptz  not null default now(),
    constraint pk_org_event primary key (id),
    constraint fk_org_event_user foreign key (created_by) references app_user (id),
    constraint ck_org_event_kind check (kind in ('ESTABLISHED', 'RENAMED', 'MOVED', 'MERGED', 'SPLIT',
                                                 'ENDED', 'DISSOLVED', 'LEVEL_CHANGED'))
);
create index ix_org_event_reorganisation on org_event (reorganisation_id);

-- Which units an event changed (SUBJECT), and for a merge or split which ended (PREDECESSOR) and which
-- took over (SUCCESSOR).
create table org_event_unit (
    event_id bigint      not null,
    unit_id  bigint      not null,
    role     varchar(12) not null,
    constraint pk_org_event_unit primary key (event_id, unit_id, role),
    constraint fk_org_event_unit_event foreign key (event_id) references org_event (id),
    constraint fk_org_event_unit_unit foreign key (unit_id) references org_unit (id),
    constraint ck_org_event_unit_role check (role in ('SUBJECT', 'PREDECESSOR', 'SUCCESSOR'))
);
create index ix_org_event_unit_unit on org_event_unit (unit_id);

-- valid_from null: since before the records; valid_to null: still valid. A version is valid on D when
-- valid_from <= D < valid_to. path is the materialised path in that version's tree.
create sequence org_unit_version_seq increment by 50;
create table org_unit_version (
    id         bigint       not null,
    unit_id    bigint       not null,
    valid_from date,
    valid_to   date,
    name       varchar(200) not null,
    kind       varchar(20)  not null,
    parent_id  bigint,
    path       varchar(400) not null,
    level_role varchar(20)  not null,
    status     varchar(20)  not null,
    event_id   bigint,
    constraint pk_org_unit_version primary key (id),
    constraint fk_org_unit_version_unit foreign key (unit_id) references org_unit (id),
    constraint fk_org_unit_version_parent foreign key (parent_id) references org_unit (id),
    constraint fk_org_unit_version_event foreign key (event_id) references org_event (id),
    constraint uq_org_unit_version_from unique (unit_id, valid_from),
    constraint ck_org_unit_version_period check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint ck_org_unit_version_status check (status in ('ACTIVE', 'DISSOLVED', 'ENDED')),
    constraint ck_org_unit_version_level_role
        check (level_role in ('PROVINCE', 'ABOVE_GRASSROOTS', 'GRASSROOTS', 'BRANCH'))
);
create unique index uq_org_unit_version_open on org_unit_version (unit_id) where valid_to is null;
create unique index uq_org_unit_version_first on org_unit_version (unit_id) where valid_from is null;
create index ix_org_unit_version_path on org_unit_version (path varchar_pattern_ops);

-- Today's units become the first versions; a dissolved branch has two, with its dissolution as an event.
insert into org_event (id, kind, effective_on, decision_number, created_at)
select nextval('org_event_seq'), 'DISSOLVED', dissolved_on, dissolution_decision, created_at
from org_unit where status = 'DISSOLVED';
insert into org_event_unit (event_id, unit_id, role)
select e.id, u.id, 'SUBJECT'
from org_unit u join org_event e on e.kind = 'DISSOLVED' and e.effective_on = u.dissolved_on
     and e.decision_number = u.dissolution_decision and e.created_at = u.created_at
where u.status = 'DISSOLVED'
  and not exists (select 1 from org_event_unit x where x.event_id = e.id);

insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, path, level_role, status)
select nextval('org_unit_version_seq'), id, null, dissolved_on, name, kind, parent_id, path, level_role, 'ACTIVE'
from org_unit;
insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, path, level_role, status,
                              event_id)
select nextval('org_unit_version_seq'), u.id, u.dissolved_on, null, u.name, u.kind, u.parent_id, u.path,
       u.level_role, u.status, (select x.event_id from org_event_unit x where x.unit_id = u.id limit 1)
from org_unit u where u.status = 'DISSOLVED';

-- The version of a unit valid on a date, for reports that group by the tree of their date.
create function unit_parent_on(unit bigint, day date) returns bigint language sql stable as $$
    select parent_id from org_unit_version
    where unit_id = unit and (valid_from is null or valid_from <= day) and (valid_to is null or valid_to > day)
$$;
create function unit_name_on(unit bigint, day date) returns varchar language sql stable as $$
    select name from org_unit_version
    where unit_id = unit and (valid_from is null or valid_from <= day) and (valid_to is null or valid_to > day)
$$;
create function unit_path_on(unit bigint, day date) returns varchar language sql stable as $$
    select path from org_unit_version
    where unit_id = unit and (valid_from is null or valid_from <= day) and (valid_to is null or valid_to > day)
$$;

-- The summary's cache follows the history too (V6).
create trigger tr_org_unit_version_changed after insert or update or delete or truncate on org_unit_version
    for each statement execute function dv_data_changed();
