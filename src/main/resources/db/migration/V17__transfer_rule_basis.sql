-- Issue 17: who handles a transfer is decided by the level roles on the transfer's date, and older
-- transfers keep the rule of their time (RULES.md): the unit whose committee handles it, why (its level
-- basis) and the date whose tree decided. Transfers made before this migration have none and are
-- decided from the tree of their letter's or creation's date when read.
alter table transfer add column handled_by_unit_id bigint;
alter table transfer add column handled_basis varchar(20);
alter table transfer add column levels_on date;
alter table transfer add constraint fk_transfer_handled_by foreign key (handled_by_unit_id) references org_unit (id);
alter table transfer add constraint ck_transfer_handled_basis
    check (handled_basis is null or handled_basis in ('GRASSROOTS', 'ABOVE_GRASSROOTS', 'PROVINCE_BOARD'));
alter table transfer add constraint ck_transfer_handled_together
    check ((handled_by_unit_id is null) = (handled_basis is null) and (handled_basis is null) = (levels_on is null));
