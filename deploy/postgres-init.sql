-- Run as a PostgreSQL superuser. Flyway creates the tables at the first start.
CREATE ROLE sirtdesk LOGIN PASSWORD 'change-me';
CREATE DATABASE sirtdesk OWNER sirtdesk ENCODING 'UTF8' TEMPLATE template0;
