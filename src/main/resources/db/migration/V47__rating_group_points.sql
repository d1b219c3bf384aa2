-- The score sheet by criteria group (issue 19): under a scored rule (366-QĐ/TW, Hướng dẫn 43-HD/BTCTW) each step
-- that scores enters the points of every criteria group of the member's sheet, and its total is their sum. The
-- steps are named as member_rating keeps them: SELF (the member's self-assessment, self_score) and COMMUNE (the
-- commune Party committee's final step, score). A rating scored before this change keeps its total only.
create table rating_group_points (
    rating_id  bigint       not null,
    stage      varchar(10)  not null,
    form       varchar(4)   not null,
    valid_from date         not null,
    position   integer      not null,
    points     numeric(4, 1) not null,
    constraint pk_rating_group_points primary key (rating_id, stage, position),
    constraint fk_rating_group_points_rating foreign key (rating_id) references member_rating (id) on delete cascade,
    constraint fk_rating_group_points_group foreign key (form, valid_from, position)
        references rating_sheet_group (form, valid_from, position),
    constraint ck_rating_group_points_stage check (stage in ('SELF', 'COMMUNE')),
    constraint ck_rating_group_points_points check (points >= 0 and points <= 100)
);
create trigger tr_rating_group_points_changed after insert or update or delete or truncate on rating_group_points
    for each statement execute function dv_data_changed();

-- The self-assessment's own total and the excellent grade's extra conditions as the member ticked them; the
-- self grade (self_rating) follows from them as the final grade follows from score.
alter table member_rating add column self_score numeric(4, 1);
alter table member_rating add column self_above_requirement boolean not null default false;
alter table member_rating add constraint ck_member_rating_self_score
    check (self_score is null or (self_score >= 0 and self_score <= 100));
