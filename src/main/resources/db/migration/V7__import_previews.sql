-- Import previews in the database, not in one app instance's memory and temp folder: an upload checked
-- on one instance can be confirmed on another. A preview is the uploaded file (in chunks, read back one
-- at a time) and every row's outcome. Previews are transient: they expire after two hours, go when
-- confirmed or cancelled, and backups leave them out.

create table import_preview (
    token      uuid         not null,
    username   varchar(60)  not null,
    kind       varchar(20)  not null,
    filename   varchar(255) not null,
    format     varchar(10)  not null,
    created_at timestamptz  not null default now(),
    new_rows   integer      not null default 0,
    updates    integer      not null default 0,
    unchanged  integer      not null default 0,
    errors     integer      not null default 0,
    constraint pk_import_preview primary key (token),
    constraint ck_import_preview_kind check (kind in ('MEMBERS', 'BRANCHES')),
    constraint ck_import_preview_format check (format in ('XLSX', 'CSV'))
);
create index ix_import_preview_created on import_preview (created_at);

create table import_preview_chunk (
    token uuid    not null,
    seq   integer not null,
    data  bytea   not null,
    constraint pk_import_preview_chunk primary key (token, seq),
    constraint fk_import_preview_chunk_preview foreign key (token) references import_preview (token)
        on delete cascade
);

-- errors: the row's errors as JSON, [{"column": …, "messageKey": …, "arguments": […]}, …]
create table import_preview_row (
    token      uuid         not null,
    row_number integer      not null,
    outcome    varchar(10)  not null,
    label      varchar(200),
    errors     text,
    constraint pk_import_preview_row primary key (token, row_number),
    constraint fk_import_preview_row_preview foreign key (token) references import_preview (token)
        on delete cascade,
    constraint ck_import_preview_row_outcome check (outcome in ('NEW', 'UPDATE', 'UNCHANGED', 'ERROR'))
);
