-- A change stamp per table beside the global one (V6), so that the leaders' summary reuses each of its parts
-- until a table that part reads changes (issue 22): an attendance form then recomputes the meeting figures,
-- not the tăng/giảm counts or the campaigns. A sequence per table, like the global stamp: nextval takes no
-- row lock. Every table whose statements move the global stamp gets its sequence here; a later migration
-- that adds the trigger to a table must create its sequence too (ChangeStampTests checks it).

do $$
declare
    t text;
begin
    for t in select distinct c.relname from pg_trigger g join pg_proc p on p.oid = g.tgfoid
             join pg_class c on c.oid = g.tgrelid where p.proname = 'dv_data_changed'
    loop
        execute format('create sequence %I', 'dv_changed_' || t);
    end loop;
end
$$;

-- Committee seats: the summary counts key leaders and committee members (V53's committee_leaders_on), and
-- a change of seats did not move the stamp, so the figures stayed as cached for up to a minute.
create sequence dv_changed_committee_membership;
create trigger tr_committee_membership_changed after insert or update or delete or truncate on committee_membership
    for each statement execute function dv_data_changed();

create or replace function dv_data_changed() returns trigger
    language plpgsql
as $$
begin
    perform nextval('data_change_seq');
    perform nextval(format('%I.%I', tg_table_schema, 'dv_changed_' || tg_table_name)::regclass);
    return null;
end
$$;
