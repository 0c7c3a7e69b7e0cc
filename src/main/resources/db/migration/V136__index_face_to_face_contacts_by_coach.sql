-- The outcome report counts each served coach's face-to-face employer contacts in each period, and the team's
-- coaches' contacts with a preference (issue 25 §1, decision 0087). With only (coach, day) and the face-to-face
-- index by client, the planner combined both and read every face-to-face contact's index entry once per coach and
-- period; this index answers "a coach's face-to-face contacts in a period" alone.
create index employer_contact_face_to_face_coach_idx on employer_contact (coach_staff_id, contacted_on)
    where mode = 'FACE_TO_FACE' and voided_at is null;
