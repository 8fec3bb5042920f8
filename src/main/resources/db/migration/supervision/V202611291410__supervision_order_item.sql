-- Supervision orders' response deadlines were registered with an empty item code and the order's title as the item,
-- so the dashboard's counts by item showed one made-up item per order. They now share one item of their own (督办件)
-- and carry the title as the deadline's stage.
UPDATE supervision_deadline
   SET item_code = 'SUPERVISION-ORDER', item_name = '督办件', stage_name = item_name
 WHERE subject_type = 'SUPERVISION_ORDER';
