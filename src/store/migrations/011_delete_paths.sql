-- Indexes for the delete paths: deleting an activity nulls the correlation links that name it,
-- and deleting a folder moves its mail; without these each such step scans the whole table.
CREATE INDEX activity_correlated ON activity (correlated_activity_id) WHERE correlated_activity_id IS NOT NULL;
CREATE INDEX activity_parent ON activity (parent_activity_id) WHERE parent_activity_id IS NOT NULL;
CREATE INDEX item_folder ON item (folder_id);
