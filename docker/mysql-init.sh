#!/bin/bash
# Runs once, on the first start of the MySQL container (docker-entrypoint-initdb.d): databases, then one user per
# service with the password given in the environment, allowed on its own database only.
set -euo pipefail
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" < /docker-entrypoint-initdb.d/mysql-init.sql
for service in dossier kpi reporting payment gateway; do
  variable="$(echo "${service}" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!variable}"
  mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${service}\`.* TO '${service}'@'%';
SQL
done
