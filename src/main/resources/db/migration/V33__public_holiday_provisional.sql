-- The holiday calendar becomes a page that staff keep (issue 18, item 3). A day announced ahead of the
-- government's notice is marked provisional instead of carrying "(dự kiến)" in its name, so that the page
-- shows it as a flag and staff clear it when the notice comes.
alter table public_holiday add column provisional boolean not null default false;
update public_holiday
   set provisional = true,
       name = replace(replace(name, ', dự kiến)', ')'), ' (dự kiến)', '')
 where name like '%dự kiến%';

-- Checked against the announcements (README, Holiday calendar), two swapped days the seed lacked: New Year
-- 2026 was four days, Thursday 1/1 to Sunday 4/1, Friday 2/1 swapped with Saturday 10/1 (Văn bản
-- 12729/VPCP-KGVX, 25/12/2025); Quốc khánh 2026 is Saturday 29/8 to Wednesday 2/9, Monday 31/8 swapped with
-- Saturday 22/8 (the Prime Minister's agreement of 13/10/2025). Saturdays worked in exchange are not kept:
-- the calendar counts Saturdays as days off, as it did for 2019 and 2025.
insert into public_holiday (day, name) values
    ('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)'),
    ('2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)');
