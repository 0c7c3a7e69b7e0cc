-- The outcome report counts each coach's face-to-face employer contacts per period once, and from the same rows the
-- contacts with a preference recorded and those that followed it (decision 0094). With whether the contact followed
-- the client's preference in the index, those counts are read from the index alone: nationally (1.7 million contact
-- rows over a year's seven periods) 75,000 buffers instead of 158,000, 0.45 s instead of 0.72 s.
drop index employer_contact_face_to_face_coach_idx;
create index employer_contact_face_to_face_coach_idx on employer_contact (coach_staff_id, contacted_on)
    include (followed_preference) where mode = 'FACE_TO_FACE' and voided_at is null;
