-- Reorganisations (issue 17, item 4): a plan of dated changes of units, prepared ahead by staff who manage
-- units, previewed, then committed in one transaction on or after its effective date. The plan is kept as
-- rows, not as a JSON document: every unit it names is a foreign key (a unit cannot disappear under a
-- prepared plan), and a step may name a unit that an earlier step of the same plan establishes
-- (target_step_id), which a row can point at and a document could only spell out.

create sequence reorganisation_seq increment by 50;
create table reorganisation (
    id              bigint       not null,
    -- the unit of the staff who prepared it: whoever covers that unit reads it
    scope_unit_id   bigint       not null,
    title           varchar(200) not null,
    effective_on    date         not null,
    decision_number varchar(100),
    decision_date   date,
    decision_body   varchar(200),
    state           varchar(12)  not null default 'PREPARED',
    prepared_by     bigint       not null,
    prepared_at     timestamptz  not null default now(),
    committed_by    bigint,
    committed_at    timestamptz,
    cancelled_by    bigint,
    cancelled_at    timestamptz,
    cancel_reason   varchar(500),
    version         bigint       not null default 0,
    constraint pk_reorganisation primary key (id),
    constraint fk_reorganisation_scope foreign key (scope_unit_id) references org_unit (id),
    constraint fk_reorganisation_prepared_by foreign key (prepared_by) references app_user (id),
    constraint fk_reorganisation_committed_by foreign key (committed_by) references app_user (id),
    constraint fk_reorganisation_cancelled_by foreign key (cancelled_by) references app_user (id),
    constraint ck_reorganisation_state check (state in ('PREPARED', 'COMMITTED', 'CANCELLED')),
    constraint ck_reorganisation_committed check ((state = 'COMMITTED') = (committed_at is not null)),
    constraint ck_reorganisation_cancelled check ((state = 'CANCELLED') = (cancelled_at is not null
                                                                           and cancel_reason is not null))
);
create index ix_reorganisation_scope on reorganisation (scope_unit_id);

-- One step of a plan, run in position order. target_unit_id / target_step_id: the other side of the step
-- (the parent of a new unit, the successor of a merge, the new parent of a move, where an ended unit is
-- kept), an existing unit or one established by an earlier step; neither for a new root.
create sequence reorganisation_step_seq increment by 50;
create table reorganisation_step (
    id                bigint       not null,
    reorganisation_id bigint       not null,
    position          int          not null,
    kind              varchar(20)  not null,
    name              varchar(200),
    code              varchar(40),
    unit_kind         varchar(20),
    level_role        varchar(20),
    target_unit_id    bigint,
    target_step_id    bigint,
    constraint pk_reorganisation_step primary key (id),
    constraint fk_reorganisation_step_plan foreign key (reorganisation_id) references reorganisation (id),
    constraint fk_reorganisation_step_target_unit foreign key (target_unit_id) references org_unit (id),
    constraint fk_reorganisation_step_target_step foreign key (target_step_id) references reorganisation_step (id),
    constraint uq_reorganisation_step_position unique (reorganisation_id, position),
    constraint ck_reorganisation_step_kind
        check (kind in ('ESTABLISH', 'MERGE', 'MOVE', 'RENAME', 'CHANGE_LEVEL', 'END')),
    constraint ck_reorganisation_step_one_target check (target_unit_id is null or target_step_id is null),
    constraint ck_reorganisation_step_level_role
        check (level_role is null or level_role in ('PROVINCE', 'ABOVE_GRASSROOTS', 'GRASSROOTS', 'BRANCH'))
);

-- The units a step changes: the predecessors of a merge, the units a move places, the unit renamed,
-- whose level changes or that ends.
create table reorganisation_step_unit (
    step_id bigint not null,
    unit_id bigint not null,
    constraint pk_reorganisation_step_unit primary key (step_id, unit_id),
    constraint fk_reorganisation_step_unit_step foreign key (step_id) references reorganisation_step (id)
        on delete cascade,
    constraint fk_reorganisation_step_unit_unit foreign key (unit_id) references org_unit (id)
);

alter table org_event add constraint fk_org_event_reorganisation
    foreign key (reorganisation_id) references reorganisation (id);
