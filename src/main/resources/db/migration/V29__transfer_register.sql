-- Issue 18, item 4: the issuing committee's transfer register (Sổ giới thiệu sinh hoạt đảng, Hướng dẫn
-- 12-HD/BTCTW 2022 §II.4.2). A letter gets its number in the register of the committee that issues it
-- (the transfer's handling committee) when the transfer is approved, numbered from 1 in each year. The
-- counter row is taken with an upsert, which holds its lock until the approving transaction ends, so that
-- two approvals at once get two numbers; the unique constraint refuses a repeat whatever writes it. A
-- member coming from outside brings a letter issued elsewhere: an incoming record never has a number.
create table transfer_register_counter (
    issuer_unit_id bigint  not null,
    year           integer not null,
    last_number    integer not null,
    constraint pk_transfer_register_counter primary key (issuer_unit_id, year),
    constraint fk_transfer_register_counter_unit foreign key (issuer_unit_id) references org_unit (id),
    constraint ck_transfer_register_counter_positive check (last_number > 0)
);

alter table transfer add column register_unit_id bigint;
alter table transfer add column register_year integer;
alter table transfer add column register_number integer;
alter table transfer add constraint fk_transfer_register_unit foreign key (register_unit_id) references org_unit (id);
alter table transfer add constraint uq_transfer_register unique (register_unit_id, register_year, register_number);
alter table transfer add constraint ck_transfer_register_together
    check ((register_unit_id is null) = (register_number is null) and (register_year is null) = (register_number is null));
alter table transfer add constraint ck_transfer_register_not_incoming
    check (register_number is null or direction <> 'IN');
