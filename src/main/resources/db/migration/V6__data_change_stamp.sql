-- A stamp that moves on every write to the tables the leaders' summary reads, so that a computed
-- summary can be reused until the data changes. A sequence, not a counter row: nextval takes no row
-- lock, so concurrent writers never wait on (or deadlock over) the stamp.

create sequence data_change_seq;

create function dv_data_changed() returns trigger
    language plpgsql
as $$
begin
    perform nextval('data_change_seq');
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['org_unit', 'member', 'membership_period', 'directive', 'campaign', 'campaign_commune',
                             'transfer', 'campaign_member', 'member_rating', 'branch_rating', 'duty', 'meeting',
                             'attendance', 'meeting_guest', 'liaison', 'recognition', 'concern',
                             'engagement_session', 'follow_up']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function dv_data_changed()', 'tr_' || t || '_changed', t);
    end loop;
end
$$;
