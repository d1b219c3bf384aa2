-- Imports run as background jobs (issue 23): the upload stores the file at once and a job checks it, so a
-- preview exists before its rows are checked; and a finished job links to what it produced (the checked
-- preview, the imported list, or the rows that stopped a commit).
alter table import_preview add column checked boolean not null default true;
alter table background_job add column result_path varchar(300);
