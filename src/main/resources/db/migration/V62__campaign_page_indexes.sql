-- The campaign page inside the nation database (issue 22): three of its statements read a whole table, a
-- few milliseconds at province scale, 100 ms each among 5 million members, enough for 20 staff to exhaust
-- the connection pool (the nation benchmark stopped on a 503 there).

-- A unit's children as they stood on a day are read from org_unit_version by parent (the campaign's agency
-- branches per commune, the tree as of a date): without an index that was a scan of every version (146,000,
-- 40-96 ms).
create index ix_org_unit_version_parent on org_unit_version (parent_id, kind);

-- A member away on a temporary transfer, completed and not back: the campaign's cohort flags them whatever
-- the direction (CampaignQueries.AWAY), the member list only those gone out of the tree (MemberQueries.STAY,
-- which V59's narrower index served). One index for both: the campaign's counts and cohort read all
-- 535,000 transfers without it (about 100 ms each); the member list adds its direction to a few rows.
create index ix_transfer_temporary_open on transfer (member_id)
    where kind = 'TEMPORARY' and state = 'COMPLETED' and returned_on is null;
drop index ix_transfer_away;
