create table lead (
    id bigint primary key
);
