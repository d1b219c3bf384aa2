-- Failed sign-ins per client address and per user name, existing or not (LoginThrottle). In the database
-- so that every app instance behind a proxy counts the same failures; unlogged because the counts are
-- worth nothing after a crash and need no write-ahead log.
create unlogged table login_throttle (
    kind          varchar(10)  not null,
    subject       varchar(100) not null,
    failures      integer      not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz,
    constraint pk_login_throttle primary key (kind, subject),
    constraint ck_login_throttle_kind check (kind in ('ADDRESS', 'ACCOUNT'))
);

-- The account lock they held is replaced by the throttle: a lock that five requests from anywhere set
-- let anyone lock anyone out.
alter table app_user drop column failed_logins, drop column locked_until;
