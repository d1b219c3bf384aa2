-- A member's Party life as dated records (issue 18, items 5–8): leaving the Party, exemptions from Party
-- work and meetings, the decision that recognised a probationary member as a full member, and the history
-- of Party card numbers. member.status, left_reason, left_on and full_member_on stay filled as before, so
-- that every figure that counts from them keeps counting the same way.

-- Leaving the Party (giảm đảng viên): xóa tên with its ground, xin ra, khai trừ, từ trần; each with its
-- decision (24-QĐ/TW §8.1; Hướng dẫn 01-HD/TW 2021 §11.2). A death is reported upward rather than
-- decided, so its number may be missing. A transfer out of the tree is not a leaving of the Party and has
-- no row here (member.left_reason = TRANSFERRED_OUT as before).
create sequence member_leaving_seq increment by 50;
create table member_leaving (
    id              bigint       not null,
    member_id       bigint       not null,
    reason          varchar(20)  not null,
    ground          varchar(500),
    left_on         date         not null,
    decision_number varchar(60),
    decision_on     date         not null,
    decided_by      varchar(200) not null,
    recorded_by     varchar(60)  not null,
    recorded_at     timestamptz  not null default now(),
    constraint pk_member_leaving primary key (id),
    constraint uq_member_leaving_member unique (member_id),
    constraint fk_member_leaving_member foreign key (member_id) references member (id),
    constraint ck_member_leaving_reason check (reason in ('DECEASED', 'EXPELLED', 'REMOVED', 'RESIGNED')),
    constraint ck_member_leaving_ground check (reason <> 'REMOVED' or length(trim(ground)) > 0),
    constraint ck_member_leaving_decision check (reason = 'DECEASED' or length(trim(decision_number)) > 0)
);

-- Exemption from Party work and meetings (miễn công tác và sinh hoạt đảng, Hướng dẫn 12-HD/BTCTW 2022
-- §IV.1): for age or weak health (no end), or for another reason (at most 12 months). ends_on is the last
-- day planned (inclusive); returned_on the first day back, when the member came back or it was ended early.
-- A member is exempt on day d when starts_on <= d, d <= ends_on (if any) and d < returned_on (if any).
create sequence member_exemption_seq increment by 50;
create table member_exemption (
    id                bigint       not null,
    member_id         bigint       not null,
    kind              varchar(20),
    reason            varchar(500),
    resolution_number varchar(60),
    resolution_on     date,
    decided_by        varchar(200),
    starts_on         date         not null,
    ends_on           date,
    returned_on       date,
    created_by        varchar(60)  not null,
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    constraint pk_member_exemption primary key (id),
    constraint fk_member_exemption_member foreign key (member_id) references member (id),
    constraint ck_member_exemption_kind check (kind in ('AGE_HEALTH', 'OTHER')),
    constraint ck_member_exemption_dates check (ends_on is null or ends_on >= starts_on),
    constraint ck_member_exemption_return check (returned_on is null or returned_on > starts_on),
    constraint ck_member_exemption_other check (
        kind is distinct from 'OTHER' or (ends_on is not null and ends_on < starts_on + interval '12 months')),
    -- a row without a kind comes from the old yes/no status (below); every new one names its resolution
    constraint ck_member_exemption_resolution check (
        kind is null or (length(trim(resolution_number)) > 0 and resolution_on is not null
                         and length(trim(decided_by)) > 0))
);
create index ix_member_exemption_member on member_exemption (member_id, starts_on);

create function member_exempt_on(member bigint, on_date date) returns boolean
    language sql stable as $$
    select exists (select 1 from member_exemption e
                   where e.member_id = member and e.starts_on <= on_date
                     and (e.ends_on is null or e.ends_on >= on_date)
                     and (e.returned_on is null or e.returned_on > on_date))
$$;

-- The old toggle becomes a record: nobody recorded since when or why, so the row has no kind and no
-- resolution and starts on the day the member was last changed (approximate), and it lasts until someone
-- records the return. The status no longer holds EXEMPT: it follows from the records, on each date.
insert into member_exemption (id, member_id, kind, reason, starts_on, created_by)
select nextval('member_exemption_seq'), m.id, null, 'Chuyển từ trạng thái "Miễn sinh hoạt" trước đây',
       greatest(m.admitted_on, least(m.updated_at::date, current_date)), 'V21'
from member m where m.status = 'EXEMPT';
update member set status = 'ACTIVE' where status = 'EXEMPT';
alter table member drop constraint ck_member_status;
alter table member add constraint ck_member_status check (status in ('ACTIVE', 'LEFT'));

-- Recognition as a full member (công nhận đảng viên chính thức): full_member_on keeps the date; the
-- decision that made it, when recorded through the procedure, sits beside it.
alter table member add column full_member_decision varchar(60);
alter table member add column full_member_decision_on date;
alter table member add column full_member_decided_by varchar(200);

-- Party card numbers through time (the whole Party renewed its cards in 2025, Chỉ thị 51-CT/TW):
-- member.party_card_number stays the current number, which letters and exports print; every number the
-- member held is a row here, the current one without replaced_on.
create sequence party_card_seq increment by 50;
create table party_card (
    id          bigint       not null,
    member_id   bigint       not null,
    number      varchar(20)  not null,
    kind        varchar(20)  not null,
    issued_on   date,
    decision    varchar(200),
    replaced_on date,
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null default now(),
    constraint pk_party_card primary key (id),
    constraint fk_party_card_member foreign key (member_id) references member (id),
    constraint ck_party_card_kind check (kind in ('RECORDED', 'FIRST', 'RENEWAL_2025', 'REISSUE')),
    constraint ck_party_card_dates check (replaced_on is null or issued_on is null or replaced_on >= issued_on)
);
create unique index uq_party_card_current on party_card (member_id) where replaced_on is null;
create index ix_party_card_member on party_card (member_id, id);
create index ix_party_card_number on party_card (number);

insert into party_card (id, member_id, number, kind, created_by)
select nextval('party_card_seq'), m.id, m.party_card_number, 'RECORDED', 'V21'
from member m where m.party_card_number is not null;

-- Every way a number reaches member.party_card_number (the form, an import, an incoming transfer, the
-- loaders) keeps the history: a first number is recorded, a changed one corrects the current row (a typo
-- mended), a cleared one closes it. The card procedure writes its own rows first, which this then finds.
create function party_card_follows_member() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.party_card_number is not distinct from old.party_card_number then
        return new;
    end if;
    if new.party_card_number is not null and exists (
            select 1 from party_card c
            where c.member_id = new.id and c.replaced_on is null and c.number = new.party_card_number) then
        return new;
    end if;
    if new.party_card_number is null then
        update party_card set replaced_on = greatest(current_date, coalesce(issued_on, current_date))
        where member_id = new.id and replaced_on is null;
    elsif exists (select 1 from party_card c where c.member_id = new.id and c.replaced_on is null) then
        update party_card set number = new.party_card_number where member_id = new.id and replaced_on is null;
    else
        insert into party_card (id, member_id, number, kind, created_by)
        values (nextval('party_card_seq'), new.id, new.party_card_number, 'RECORDED', 'register');
    end if;
    return new;
end
$$;
create trigger tg_member_party_card after insert or update of party_card_number on member
    for each row execute function party_card_follows_member();
