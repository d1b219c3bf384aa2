-- Per-meeting attendance tallies (issue 22), kept in the write transaction, so that the leaders' summary,
-- recomputed after a write, reads one row per meeting instead of every attendance row of the years it
-- shows. Triggers keep them, so every write path (forms, imports, loaders, the generator's COPY, a
-- restore) runs the same rule. They add the statement's new rows and subtract its old rows (deltas commute,
-- so two transactions saving attendance of the same meeting both count, whatever their order).
-- "cadre": a member who works at the commune, by the member's current group, as the figures read it
-- before (member_group not in RETIRED, FARMER_OTHER); a change of group moves that member's rows.

create table meeting_tally (
    meeting_id        bigint  not null,
    listed            integer not null default 0, -- status <> 'EXEMPT'
    present           integer not null default 0,
    directing_tone    integer not null default 0,
    contributed       integer not null default 0,
    cadre_listed      integer not null default 0,
    cadre_present     integer not null default 0,
    cadre_contributed integer not null default 0,
    constraint pk_meeting_tally primary key (meeting_id),
    constraint fk_meeting_tally_meeting foreign key (meeting_id) references meeting (id) on delete cascade
);

create function dv_is_cadre(member_group varchar) returns boolean
    language sql immutable
as $$
    select member_group not in ('RETIRED', 'FARMER_OTHER')
$$;

create function dv_meeting_tally_apply() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into meeting_tally as t (meeting_id, listed, present, directing_tone, contributed,
                                        cadre_listed, cadre_present, cadre_contributed)
        select n.meeting_id,
               count(*) filter (where n.status <> 'EXEMPT'),
               count(*) filter (where n.status = 'PRESENT'),
               count(*) filter (where n.directing_tone),
               count(*) filter (where n.contributed),
               count(*) filter (where dv_is_cadre(m.member_group) and n.status <> 'EXEMPT'),
               count(*) filter (where dv_is_cadre(m.member_group) and n.status = 'PRESENT'),
               count(*) filter (where dv_is_cadre(m.member_group) and n.contributed)
        from new_rows n join member m on m.id = n.member_id
        group by n.meeting_id
        order by n.meeting_id
        on conflict (meeting_id) do update
            set listed = t.listed + excluded.listed, present = t.present + excluded.present,
                directing_tone = t.directing_tone + excluded.directing_tone,
                contributed = t.contributed + excluded.contributed,
                cadre_listed = t.cadre_listed + excluded.cadre_listed,
                cadre_present = t.cadre_present + excluded.cadre_present,
                cadre_contributed = t.cadre_contributed + excluded.cadre_contributed;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        -- the meeting may be going too (a hard delete): its tally goes with it (on delete cascade)
        update meeting_tally t
        set listed = t.listed - o.listed, present = t.present - o.present,
            directing_tone = t.directing_tone - o.directing_tone, contributed = t.contributed - o.contributed,
            cadre_listed = t.cadre_listed - o.cadre_listed, cadre_present = t.cadre_present - o.cadre_present,
            cadre_contributed = t.cadre_contributed - o.cadre_contributed
        from (select r.meeting_id,
                     count(*) filter (where r.status <> 'EXEMPT') as listed,
                     count(*) filter (where r.status = 'PRESENT') as present,
                     count(*) filter (where r.directing_tone) as directing_tone,
                     count(*) filter (where r.contributed) as contributed,
                     count(*) filter (where dv_is_cadre(m.member_group) and r.status <> 'EXEMPT') as cadre_listed,
                     count(*) filter (where dv_is_cadre(m.member_group) and r.status = 'PRESENT') as cadre_present,
                     count(*) filter (where dv_is_cadre(m.member_group) and r.contributed) as cadre_contributed
              from old_rows r join member m on m.id = r.member_id
              group by r.meeting_id) o
        where t.meeting_id = o.meeting_id;
    end if;
    return null;
end
$$;

create trigger tg_attendance_tally_insert after insert on attendance
    referencing new table as new_rows for each statement execute function dv_meeting_tally_apply();
create trigger tg_attendance_tally_update after update on attendance
    referencing old table as old_rows new table as new_rows for each statement execute function dv_meeting_tally_apply();
create trigger tg_attendance_tally_delete after delete on attendance
    referencing old table as old_rows for each statement execute function dv_meeting_tally_apply();

-- A member whose group changes between working at the commune and not moves their rows between the
-- cadre and the other counts.
create function dv_meeting_tally_regroup() returns trigger
    language plpgsql
as $$
declare
    sign integer := case when dv_is_cadre(new.member_group) then 1 else -1 end;
begin
    update meeting_tally t
    set cadre_listed = t.cadre_listed + sign * a.listed, cadre_present = t.cadre_present + sign * a.present,
        cadre_contributed = t.cadre_contributed + sign * a.contributed
    from (select meeting_id, (status <> 'EXEMPT')::int as listed, (status = 'PRESENT')::int as present,
                 contributed::int as contributed
          from attendance where member_id = new.id) a
    where t.meeting_id = a.meeting_id;
    return null;
end
$$;

create trigger tg_member_tally_group after update of member_group on member
    for each row when (dv_is_cadre(old.member_group) is distinct from dv_is_cadre(new.member_group))
    execute function dv_meeting_tally_regroup();

insert into meeting_tally (meeting_id, listed, present, directing_tone, contributed, cadre_listed, cadre_present,
                           cadre_contributed)
select a.meeting_id,
       count(*) filter (where a.status <> 'EXEMPT'),
       count(*) filter (where a.status = 'PRESENT'),
       count(*) filter (where a.directing_tone),
       count(*) filter (where a.contributed),
       count(*) filter (where dv_is_cadre(m.member_group) and a.status <> 'EXEMPT'),
       count(*) filter (where dv_is_cadre(m.member_group) and a.status = 'PRESENT'),
       count(*) filter (where dv_is_cadre(m.member_group) and a.contributed)
from attendance a join member m on m.id = a.member_id
group by a.meeting_id;

