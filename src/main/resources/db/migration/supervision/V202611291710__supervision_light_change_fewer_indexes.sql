-- Every read of the light history by instant asks for red changes (the accountability policy, today's new reds) or
-- for changes into yellow or red (the weekly trend), all of which supervision_light_change_lit_idx serves: a range of
-- changed_at over the changes into yellow or red, with to_light, department_id and deadline_id included. The index on
-- changed_at alone and the one over red changes only were never needed besides it, and the sweep paid an insert into
-- each for every light change it made.
DROP INDEX supervision_light_change_changed_idx;
DROP INDEX supervision_light_change_red_idx;
