-- The member list marks a member who is away on a temporary transfer out of the tree, not yet back
-- (MemberQueries.STAY). Without an index on the transfer's member that test read every transfer for each
-- search: about 100 ms of a scoped search at nation scale (535,000 transfers, issue 22). Only completed
-- temporary transfers out that have not returned are indexed: a few rows, whatever the history.
create index ix_transfer_away on transfer (member_id)
    where kind = 'TEMPORARY' and direction = 'OUT' and state = 'COMPLETED' and returned_on is null;
