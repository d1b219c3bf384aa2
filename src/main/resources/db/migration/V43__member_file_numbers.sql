-- Issue 18, item 4: a transfer letter prints the member's numbers in its first box: the Party card, the
-- file number (Số LL, số lý lịch đảng viên) and the number in the member register (SĐV, sổ đảng viên),
-- both kept by the committee's organisation board on paper until now. Optional: a member recorded before
-- has neither, and the letter prints dotted lines to be filled in by hand.
alter table member add column file_number varchar(20);
alter table member add column register_number varchar(20);
alter table member add constraint ck_member_file_number check (file_number is null or file_number <> '');
alter table member add constraint ck_member_register_number check (register_number is null or register_number <> '');
