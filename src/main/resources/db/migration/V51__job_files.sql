-- A job can end with a file for its starter to download (the summary's .xlsx and .docx, issue 23): kept
-- here, not on the disk of the instance that ran it, so that any instance serves it; deleted after a day
-- (dangvu.jobs.file-hours), with the job's link to it.
create table background_job_file (
    job_id       bigint        not null,
    filename     varchar(200)  not null,
    content_type varchar(200)  not null,
    content      bytea         not null,
    created_at   timestamptz   not null default now(),
    constraint pk_background_job_file primary key (job_id),
    constraint fk_background_job_file_job foreign key (job_id) references background_job (id) on delete cascade
);
create index ix_background_job_file_created on background_job_file (created_at);
