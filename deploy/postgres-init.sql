-- Run once by the postgres image on an empty data volume (docker-compose.yml): the shop's store is
-- POSTGRES_DB (`shop`); Rasa's conversations get a database of their own.
CREATE DATABASE rasa;
