-- Forms submitted with a one-time token (FormSubmissionGuard). Every POST form a page renders carries a
-- fresh token; the first POST with it claims its row here, and a second identical one (a double tap on
-- Save) waits for the first and is answered with the first's outcome (its redirect and flash message)
-- instead of saving twice. In the database, not in memory, so that the second tap is caught whichever
-- app instance it reaches. A row is forgotten a day after its form was submitted. Unlogged: after a
-- crash the rows are worth nothing (a form submitted again then is simply saved again).
create unlogged table form_submission (
    owner        varchar(100)  not null,
    token        varchar(64)   not null,
    -- SHA-256 of the path and parameters: the same form sent again with other values is another submission
    fingerprint  varchar(64)   not null,
    state        varchar(10)   not null,
    claimed_at   timestamptz   not null default now(),
    redirect_to  varchar(2000),
    -- the flash attributes of the first answer (Java serialization, as the web sessions keep them)
    flash        bytea,
    replays      integer       not null default 0,
    constraint pk_form_submission primary key (owner, token, fingerprint),
    constraint ck_form_submission_state check (state in ('PENDING', 'DONE'))
);

create index ix_form_submission_claimed_at on form_submission (claimed_at);
