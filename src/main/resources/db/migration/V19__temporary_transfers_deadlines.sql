-- Issue 18, items 1–3: temporary transfers beside the official membership, kinds without COLLECTIVE,
-- deadlines in working days over a holiday calendar kept as data.

-- 1. A temporary transfer keeps the official membership at the origin (RULES.md, Transfers): completing it
-- opens a TEMPORARY period at the host beside the open OFFICIAL one. One open official period and at most
-- one open temporary period per member; only official periods count in member totals.
alter table membership_period add column kind varchar(10) not null default 'OFFICIAL';
alter table membership_period add constraint ck_membership_period_kind check (kind in ('OFFICIAL', 'TEMPORARY'));
drop index uq_membership_period_open;
create unique index uq_membership_period_open_official on membership_period (member_id)
    where ended_on is null and kind = 'OFFICIAL';
create unique index uq_membership_period_open_temporary on membership_period (member_id)
    where ended_on is null and kind = 'TEMPORARY';

-- Why the member goes (residence or work: 3 months to under a year; study: up to 2 years), the planned
-- end, and the return with the host's comments (which closes the temporary period).
alter table transfer add column temporary_purpose varchar(12);
alter table transfer add column planned_end date;
alter table transfer add column returned_on date;
alter table transfer add column return_comments varchar(1000);
alter table transfer add column returned_by varchar(60);
alter table transfer add column returned_at timestamptz;
alter table transfer add constraint ck_transfer_temporary_purpose
    check (temporary_purpose is null or temporary_purpose in ('RESIDENCE', 'WORK', 'STUDY'));
alter table transfer add constraint ck_transfer_temporary_fields
    check (kind = 'TEMPORARY' or (temporary_purpose is null and planned_end is null and returned_on is null));
alter table transfer add constraint ck_transfer_returned
    check (returned_on is null or (state = 'COMPLETED' and return_comments is not null and returned_on >= effective_on));

-- Extensions are asked at the host and reported to the origin: each one kept, never overwritten.
create sequence transfer_extension_seq increment by 50;
create table transfer_extension (
    id            bigint       not null,
    transfer_id   bigint       not null,
    previous_end  date         not null,
    planned_end   date         not null,
    reason        varchar(500) not null,
    recorded_by   varchar(60)  not null,
    recorded_at   timestamptz  not null,
    constraint pk_transfer_extension primary key (id),
    constraint fk_transfer_extension_transfer foreign key (transfer_id) references transfer (id),
    constraint ck_transfer_extension_later check (planned_end > previous_end)
);
create index ix_transfer_extension_transfer on transfer_extension (transfer_id, id);

-- 2. COLLECTIVE goes away: a campaign's transfers are internal transfers that name their campaign (moving
-- a whole organisation is a reorganisation, not a member transfer). Campaign figures never read the kind.
update transfer set kind = 'INTERNAL' where kind = 'COLLECTIVE';
alter table transfer drop constraint ck_transfer_kind;
alter table transfer add constraint ck_transfer_kind check (kind in ('INTERNAL', 'OFFICIAL', 'TEMPORARY'));

-- 3. Deadlines (Quy định 294-QĐ/TW 6.3.1): the procedure starts within 60 working days of the decision or
-- move, and the letter is presented within 30 working days of its date.
alter table transfer add column decision_date date;
alter table transfer add column letter_presented_on date;
alter table transfer add constraint ck_transfer_presented_after_letter
    check (letter_presented_on is null or letter_date is null or letter_presented_on >= letter_date);
create index ix_transfer_deadlines on transfer (state) where letter_presented_on is null;

-- Days off besides Saturdays and Sundays: public holidays with their compensating days, as the government
-- announced them each year. Data, not code: a new year's days are added as rows.
create table public_holiday (
    day   date         not null,
    name  varchar(200) not null,
    constraint pk_public_holiday primary key (day)
);
insert into public_holiday (day, name) values
    ('2019-01-01', 'Tết Dương lịch'),
    ('2019-02-04', 'Tết Nguyên đán Kỷ Hợi'), ('2019-02-05', 'Tết Nguyên đán Kỷ Hợi'),
    ('2019-02-06', 'Tết Nguyên đán Kỷ Hợi'), ('2019-02-07', 'Tết Nguyên đán Kỷ Hợi'),
    ('2019-02-08', 'Tết Nguyên đán Kỷ Hợi'),
    ('2019-04-15', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2019-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'),
    ('2019-04-30', 'Ngày Giải phóng miền Nam'), ('2019-05-01', 'Ngày Quốc tế Lao động'),
    ('2019-09-02', 'Quốc khánh'),
    ('2020-01-01', 'Tết Dương lịch'),
    ('2020-01-23', 'Tết Nguyên đán Canh Tý'), ('2020-01-24', 'Tết Nguyên đán Canh Tý'),
    ('2020-01-27', 'Tết Nguyên đán Canh Tý'), ('2020-01-28', 'Tết Nguyên đán Canh Tý'),
    ('2020-01-29', 'Tết Nguyên đán Canh Tý'),
    ('2020-04-02', 'Giỗ Tổ Hùng Vương'),
    ('2020-04-30', 'Ngày Giải phóng miền Nam'), ('2020-05-01', 'Ngày Quốc tế Lao động'),
    ('2020-09-02', 'Quốc khánh'),
    ('2021-01-01', 'Tết Dương lịch'),
    ('2021-02-10', 'Tết Nguyên đán Tân Sửu'), ('2021-02-11', 'Tết Nguyên đán Tân Sửu'),
    ('2021-02-12', 'Tết Nguyên đán Tân Sửu'), ('2021-02-15', 'Tết Nguyên đán Tân Sửu'),
    ('2021-02-16', 'Tết Nguyên đán Tân Sửu'),
    ('2021-04-21', 'Giỗ Tổ Hùng Vương'),
    ('2021-04-30', 'Ngày Giải phóng miền Nam'), ('2021-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'),
    ('2021-09-02', 'Quốc khánh'), ('2021-09-03', 'Quốc khánh'),
    ('2022-01-03', 'Tết Dương lịch (nghỉ bù)'),
    ('2022-01-31', 'Tết Nguyên đán Nhâm Dần'), ('2022-02-01', 'Tết Nguyên đán Nhâm Dần'),
    ('2022-02-02', 'Tết Nguyên đán Nhâm Dần'), ('2022-02-03', 'Tết Nguyên đán Nhâm Dần'),
    ('2022-02-04', 'Tết Nguyên đán Nhâm Dần'),
    ('2022-04-11', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2022-05-02', 'Ngày Giải phóng miền Nam (nghỉ bù)'), ('2022-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'),
    ('2022-09-01', 'Quốc khánh'), ('2022-09-02', 'Quốc khánh'),
    ('2023-01-02', 'Tết Dương lịch (nghỉ bù)'),
    ('2023-01-20', 'Tết Nguyên đán Quý Mão'), ('2023-01-23', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-24', 'Tết Nguyên đán Quý Mão'), ('2023-01-25', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-26', 'Tết Nguyên đán Quý Mão'),
    ('2023-05-01', 'Ngày Quốc tế Lao động'), ('2023-05-02', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2023-05-03', 'Ngày Giải phóng miền Nam (nghỉ bù)'),
    ('2023-09-01', 'Quốc khánh'), ('2023-09-04', 'Quốc khánh (nghỉ bù)'),
    ('2024-01-01', 'Tết Dương lịch'),
    ('2024-02-08', 'Tết Nguyên đán Giáp Thìn'), ('2024-02-09', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-12', 'Tết Nguyên đán Giáp Thìn'), ('2024-02-13', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-14', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương'),
    ('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'),
    ('2024-04-30', 'Ngày Giải phóng miền Nam'), ('2024-05-01', 'Ngày Quốc tế Lao động'),
    ('2024-09-02', 'Quốc khánh'), ('2024-09-03', 'Quốc khánh'),
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán Ất Tỵ'), ('2025-01-28', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-29', 'Tết Nguyên đán Ất Tỵ'), ('2025-01-30', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-31', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'Ngày Giải phóng miền Nam'), ('2025-05-01', 'Ngày Quốc tế Lao động'),
    ('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
    ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán Bính Ngọ'), ('2026-02-17', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-18', 'Tết Nguyên đán Bính Ngọ'), ('2026-02-19', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-20', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam'), ('2026-05-01', 'Ngày Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-05', 'Tết Nguyên đán Đinh Mùi (dự kiến)'), ('2027-02-08', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-09', 'Tết Nguyên đán Đinh Mùi (dự kiến)'), ('2027-02-10', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-11', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương (dự kiến)'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam'), ('2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù, dự kiến)'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh (dự kiến)');
