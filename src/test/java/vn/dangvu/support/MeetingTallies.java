package vn.dangvu.support;

/**
 * The meetings whose tally (V55's {@code meeting_tally}) differs from a count of their attendance rows made
 * here, independently of the triggers and loaders that keep the tallies: an empty result means every tally
 * is right. A tally of a meeting without attendance rows must be all zeros.
 */
public final class MeetingTallies {

    public static final String DIFFERING = """
            with counted as (
                select a.meeting_id, count(*) filter (where a.status <> 'EXEMPT') as listed,
                       count(*) filter (where a.status = 'PRESENT') as present,
                       count(*) filter (where a.directing_tone) as directing,
                       count(*) filter (where a.contributed) as contributed,
                       count(*) filter (where m.member_group not in ('RETIRED', 'FARMER_OTHER')
                                          and a.status <> 'EXEMPT') as cadre_listed,
                       count(*) filter (where m.member_group not in ('RETIRED', 'FARMER_OTHER')
                                          and a.status = 'PRESENT') as cadre_present,
                       count(*) filter (where m.member_group not in ('RETIRED', 'FARMER_OTHER')
                                          and a.contributed) as cadre_contributed
                from attendance a join member m on m.id = a.member_id group by a.meeting_id)
            select coalesce(c.meeting_id, t.meeting_id)::text from counted c
            full join meeting_tally t on t.meeting_id = c.meeting_id
            where c.meeting_id is null and (t.listed, t.present, t.directing_tone, t.contributed, t.cadre_listed,
                                            t.cadre_present, t.cadre_contributed) <> (0, 0, 0, 0, 0, 0, 0)
               or t.meeting_id is null
               or (c.listed, c.present, c.directing, c.contributed, c.cadre_listed, c.cadre_present,
                   c.cadre_contributed)
                  <> (t.listed, t.present, t.directing_tone, t.contributed, t.cadre_listed, t.cadre_present,
                      t.cadre_contributed)""";

    private MeetingTallies() {}
}
