-- Member search at nation scale (issue 22, item 3), second try. V53's index starts with the top unit, but a
-- GIN index keeps one posting list per key: the top unit is a key of its own, not a prefix of the trigrams,
-- so a province's search still read the trigram postings of the whole nation (69-270 ms for a province in
-- a database of five million members) and applied the top unit as a filter.
--
-- So the search text is kept a second time, in a table partitioned by the member's top unit, each partition
-- with a trigram index of its own: a scoped search reads only the partitions of its top units (63 provinces
-- in 32 partitions: about two provinces' members instead of the nation's). A database of one district or one
-- province has one top unit and uses one partition.
--
-- The table is derived, never written by the app: one row per member that has a top unit, kept equal to the
-- member's search_text and top_unit_id by triggers on member (a new member, a change of name, identity
-- number, card number or branch, a unit moved under another top unit through V53's trigger, a removal).
create table member_search (
    member_id   bigint not null,
    top_unit_id bigint not null,
    search_text text,
    constraint pk_member_search primary key (top_unit_id, member_id)
) partition by hash (top_unit_id);

do $$
begin
    for i in 0..31 loop
        execute format('create table member_search_%s partition of member_search'
                       ' for values with (modulus 32, remainder %s)', i, i);
    end loop;
end
$$;

insert into member_search (member_id, top_unit_id, search_text)
select id, top_unit_id, search_text from member where top_unit_id is not null;

-- The indexes after the rows (one sort each rather than five million insertions), made per partition, not on
-- the parent, so that each is an ordinary index a bulk load can drop and make again from its catalog
-- definition (the synthetic datasets' DeferredKeys).
do $$
begin
    for i in 0..31 loop
        execute format('create index ix_member_search_%s on member_search_%s using gin (search_text gin_trgm_ops)',
                       i, i);
    end loop;
end
$$;

create function dv_member_search_sync() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        delete from member_search where top_unit_id = old.top_unit_id and member_id = old.id;
    end if;
    if tg_op <> 'DELETE' and new.top_unit_id is not null then
        insert into member_search (member_id, top_unit_id, search_text)
        values (new.id, new.top_unit_id, new.search_text);
    end if;
    return null;
end
$$;

-- AFTER triggers see the generated search_text and the top unit V53's BEFORE trigger set.
create trigger tg_member_search_insert_delete after insert or delete on member
    for each row execute function dv_member_search_sync();

create trigger tg_member_search_update after update on member
    for each row
    when (old.search_text is distinct from new.search_text or old.top_unit_id is distinct from new.top_unit_id)
    execute function dv_member_search_sync();

-- The member table's trigram indexes are no longer read (MemberQueries searches member_search): V1's over
-- the nation and V53's that starts with the top unit.
drop index ix_member_search;
drop index ix_member_search_scoped;
