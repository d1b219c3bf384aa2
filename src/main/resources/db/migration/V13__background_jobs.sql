-- Long work (a campaign's batch steps, later imports and exports) runs as a background job: the page
-- answers at once and the job's row says how far it is. The work itself is one transaction; this row is
-- written on other connections, so that its progress is seen while the work is still uncommitted.
create sequence background_job_seq;
create table background_job (
    id           bigint       not null default nextval('background_job_seq'),
    kind         varchar(40)  not null,
    owner_id     bigint       not null,
    subject_id   bigint,
    back_path    varchar(200) not null,
    state        varchar(12)  not null,
    done         bigint       not null default 0,
    total        bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    -- the app instance that runs it and when it last said it was alive (a dead instance's job is ended)
    instance     varchar(200) not null,
    heartbeat_at timestamptz  not null default now(),
    message_key  varchar(100),
    message_args text,
    error        text,
    constraint pk_background_job primary key (id),
    constraint fk_background_job_owner foreign key (owner_id) references app_user (id),
    constraint ck_background_job_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'))
);
-- One job of a kind at a time per user: the database, not the code, is the last word.
create unique index uq_background_job_running on background_job (owner_id, kind)
    where state in ('QUEUED', 'RUNNING');
create index ix_background_job_owner on background_job (owner_id, subject_id, id);
