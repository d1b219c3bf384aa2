-- Branch work: duty templates and duties, meetings with attendance, contributions and guests,
-- district liaisons, and the stages of member evaluations with branch ratings.

create sequence duty_template_seq increment by 50;
create table duty_template (
    id           bigint       not null,
    member_group varchar(40)  not null,
    field        varchar(100) not null,
    title        varchar(300) not null,
    description  text,
    active       boolean      not null default true,
    version      bigint       not null default 0,
    constraint pk_duty_template primary key (id),
    constraint ck_duty_template_group check (member_group in ('ORGANISATION_CADRE', 'INSPECTION_CADRE',
        'PROPAGANDA_CADRE', 'COMMUNE_CIVIL_SERVANT', 'NON_SPECIALISED_WORKER', 'NON_REGULAR_POLICE',
        'SOCIO_POLITICAL_ORGANISATION', 'FATHERLAND_FRONT', 'RETIRED', 'FARMER_OTHER'))
);
create index ix_duty_template_group on duty_template (member_group, active);

create sequence duty_seq increment by 50;
create table duty (
    id          bigint       not null,
    member_id   bigint       not null,
    branch_id   bigint       not null,
    year        integer      not null,
    field       varchar(100) not null,
    title       varchar(300) not null,
    description text,
    status      varchar(20)  not null default 'ASSIGNED',
    result_note text,
    assessment  text,
    assigned_by varchar(60)  not null,
    assigned_at timestamptz  not null,
    version     bigint       not null default 0,
    constraint pk_duty primary key (id),
    constraint fk_duty_member foreign key (member_id) references member (id),
    constraint fk_duty_branch foreign key (branch_id) references org_unit (id),
    constraint ck_duty_status check (status in ('ASSIGNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
    constraint ck_duty_year check (year between 1930 and 2200)
);
create index ix_duty_branch_year on duty (branch_id, year, member_id);
create index ix_duty_member_year on duty (member_id, year);

create sequence meeting_seq increment by 50;
create table meeting (
    id         bigint       not null,
    branch_id  bigint       not null,
    held_on    date         not null,
    kind       varchar(20)  not null,
    topic      varchar(300) not null,
    resolution text,
    created_by varchar(60)  not null,
    version    bigint       not null default 0,
    constraint pk_meeting primary key (id),
    constraint fk_meeting_branch foreign key (branch_id) references org_unit (id),
    constraint ck_meeting_kind check (kind in ('REGULAR', 'THEMATIC', 'COMMITTEE'))
);
create index ix_meeting_branch_date on meeting (branch_id, held_on);

create table attendance (
    meeting_id     bigint      not null,
    member_id      bigint      not null,
    status         varchar(10) not null,
    spoke          boolean     not null default false,
    contributed    boolean     not null default false,
    directing_tone boolean     not null default false,
    note           varchar(500),
    constraint pk_attendance primary key (meeting_id, member_id),
    constraint fk_attendance_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_attendance_member foreign key (member_id) references member (id),
    constraint ck_attendance_status check (status in ('PRESENT', 'EXCUSED', 'ABSENT', 'EXEMPT')),
    constraint ck_attendance_presence check (status = 'PRESENT' or not (spoke or contributed or directing_tone))
);
create index ix_attendance_member on attendance (member_id);

create sequence meeting_guest_seq increment by 50;
create table meeting_guest (
    id         bigint       not null,
    meeting_id bigint       not null,
    kind       varchar(20)  not null,
    name       varchar(120) not null,
    user_id    bigint,
    comment    text,
    created_at timestamptz  not null default now(),
    constraint pk_meeting_guest primary key (id),
    constraint fk_meeting_guest_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_guest_user foreign key (user_id) references app_user (id),
    constraint ck_meeting_guest_kind check (kind in ('LIAISON', 'COMMUNE_OFFICIAL', 'OTHER'))
);
create index ix_meeting_guest_meeting on meeting_guest (meeting_id);
create index ix_meeting_guest_user on meeting_guest (user_id, kind);

create sequence liaison_seq increment by 50;
create table liaison (
    id          bigint      not null,
    user_id     bigint      not null,
    branch_id   bigint      not null,
    assigned_on date        not null,
    assigned_by varchar(60) not null,
    constraint pk_liaison primary key (id),
    constraint uq_liaison unique (user_id, branch_id),
    constraint fk_liaison_user foreign key (user_id) references app_user (id),
    constraint fk_liaison_branch foreign key (branch_id) references org_unit (id)
);
create index ix_liaison_branch on liaison (branch_id);

-- The rating of a member goes through four hands; "rating" stays the final one, the commune's.
alter table member_rating alter column rating drop not null;
alter table member_rating add column self_rating varchar(20);
alter table member_rating add column committee_rating varchar(20);
alter table member_rating add column branch_rating varchar(20);
alter table member_rating add column fail_reason varchar(500);
alter table member_rating add column version bigint not null default 0;
alter table member_rating add constraint ck_member_rating_stages check (
    coalesce(self_rating, 'NOT_RATED') in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL', 'NOT_RATED')
    and coalesce(committee_rating, 'NOT_RATED') in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL', 'NOT_RATED')
    and coalesce(branch_rating, 'NOT_RATED') in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL', 'NOT_RATED'));
alter table member_rating add constraint ck_member_rating_fail_reason check (
    (rating is distinct from 'FAIL' and branch_rating is distinct from 'FAIL') or fail_reason is not null);
create index ix_member_rating_year on member_rating (year, rating);

create sequence branch_rating_seq increment by 50;
create table branch_rating (
    id        bigint      not null,
    branch_id bigint      not null,
    year      integer     not null,
    rating    varchar(20) not null,
    note      varchar(500),
    version   bigint      not null default 0,
    constraint pk_branch_rating primary key (id),
    constraint uq_branch_rating unique (branch_id, year),
    constraint fk_branch_rating_branch foreign key (branch_id) references org_unit (id),
    constraint ck_branch_rating check (rating in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL', 'NOT_RATED'))
);

-- The district's suggested duties per member group (Ban Tổ chức Huyện ủy may edit them).
insert into duty_template (id, member_group, field, title, description) values
 (nextval('duty_template_seq'), 'ORGANISATION_CADRE', 'Xây dựng Đảng', 'Hướng dẫn chi bộ thực hiện quy trình kiểm điểm, đánh giá, xếp loại đảng viên', 'Giúp chi ủy chuẩn bị hồ sơ, biểu mẫu; theo dõi đảng viên dự bị.'),
 (nextval('duty_template_seq'), 'ORGANISATION_CADRE', 'Xây dựng Đảng', 'Theo dõi, giới thiệu quần chúng ưu tú cho chi bộ bồi dưỡng, kết nạp', null),
 (nextval('duty_template_seq'), 'INSPECTION_CADRE', 'Kiểm tra, giám sát', 'Giúp chi bộ xây dựng và thực hiện kế hoạch kiểm tra, giám sát đảng viên', null),
 (nextval('duty_template_seq'), 'INSPECTION_CADRE', 'Kiểm tra, giám sát', 'Nắm tình hình chấp hành quy định những điều đảng viên không được làm', null),
 (nextval('duty_template_seq'), 'PROPAGANDA_CADRE', 'Tuyên truyền', 'Thông tin thời sự, chủ trương, nghị quyết mới tại các buổi sinh hoạt chi bộ', null),
 (nextval('duty_template_seq'), 'PROPAGANDA_CADRE', 'Tuyên truyền', 'Nắm bắt tư tưởng, dư luận của đảng viên và nhân dân trong ấp, báo cáo chi bộ', null),
 (nextval('duty_template_seq'), 'COMMUNE_CIVIL_SERVANT', 'Chuyên môn', 'Hướng dẫn, giải đáp cho nhân dân trong ấp các thủ tục thuộc lĩnh vực phụ trách', 'Tiếp nhận, giải đáp thắc mắc về thủ tục hành chính, đất đai, hộ tịch… theo lĩnh vực.'),
 (nextval('duty_template_seq'), 'COMMUNE_CIVIL_SERVANT', 'Dân vận', 'Phụ trách một tổ nhân dân tự quản, nắm tâm tư nguyện vọng và đề xuất giải quyết', null),
 (nextval('duty_template_seq'), 'NON_SPECIALISED_WORKER', 'Dân vận', 'Vận động nhân dân thực hiện phong trào xây dựng nông thôn mới ở ấp', null),
 (nextval('duty_template_seq'), 'NON_SPECIALISED_WORKER', 'Chuyên môn', 'Hỗ trợ ban nhân dân ấp thống kê, theo dõi hộ nghèo, cận nghèo', null),
 (nextval('duty_template_seq'), 'NON_REGULAR_POLICE', 'An ninh trật tự', 'Nắm tình hình an ninh trật tự trong ấp, tham mưu chi bộ biện pháp bảo đảm', null),
 (nextval('duty_template_seq'), 'NON_REGULAR_POLICE', 'An ninh trật tự', 'Vận động nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc', null),
 (nextval('duty_template_seq'), 'SOCIO_POLITICAL_ORGANISATION', 'Dân vận', 'Hướng dẫn chi hội ở ấp tổ chức sinh hoạt, phát triển hội viên', null),
 (nextval('duty_template_seq'), 'SOCIO_POLITICAL_ORGANISATION', 'Dân vận', 'Vận động hội viên tham gia mô hình phát triển kinh tế, giảm nghèo', null),
 (nextval('duty_template_seq'), 'FATHERLAND_FRONT', 'Mặt trận', 'Hướng dẫn Ban công tác Mặt trận ấp thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"', null),
 (nextval('duty_template_seq'), 'FATHERLAND_FRONT', 'Mặt trận', 'Tham gia giám sát, phản biện xã hội; tổng hợp ý kiến cử tri trong ấp', null),
 (nextval('duty_template_seq'), 'RETIRED', 'Dân vận', 'Tham gia tổ hòa giải ở ấp', null),
 (nextval('duty_template_seq'), 'FARMER_OTHER', 'Kinh tế', 'Làm mẫu, hướng dẫn bà con áp dụng kỹ thuật sản xuất mới', null);
