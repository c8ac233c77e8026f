"""deploy/: what can be checked without Docker or Kubernetes. The compose file parses, starts the
five services with healthchecks, takes its secrets from the environment and points only at files
that exist; the Helm values use only keys Rasa's charts have, with several replicas and the
autoscaler on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from commerce.config import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
CHART_VALUES = DEPLOY / "helm" / "chart-values"
HELM_VALUES = {
    "rasa-values.yaml": "rasa-1.17.8.values.yaml",
    "rasa-action-server-values.yaml": "rasa-action-server-1.0.9.values.yaml",
}
SECRET_WORDS = ("PASSWORD", "TOKEN", "SECRET", "_URL")


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def keys_not_in_chart(ours: dict, chart: dict, where: str = "") -> list[str]:
    """Our keys (dotted) that the chart's values do not have. Below a key whose chart default is
    an empty map or a list, anything goes: the chart writes it out as given (toYaml)."""
    missing = []
    for key, value in ours.items():
        path = f"{where}.{key}" if where else str(key)
        if key not in chart:
            missing.append(path)
        elif isinstance(value, dict) and isinstance(chart[key], dict) and chart[key]:
            missing.extend(keys_not_in_chart(value, chart[key], path))
        elif isinstance(value, dict) and chart[key] not in (None, {}):
            missing.append(f"{path} (a map here, {chart[key]!r} in the chart)")
    return missing


# ------------------------------------------------------------------------------ docker compose


@pytest.fixture(scope="module")
def compose() -> dict:
    return load(DEPLOY / "docker-compose.yml")


def test_compose_starts_the_five_services_each_with_a_healthcheck(compose):
    services = compose["services"]
    assert set(services) == {"rasa", "actions", "postgres", "redis", "rabbitmq"}
    for name, service in services.items():
        assert service["healthcheck"]["test"], name
    # Rasa waits until everything it talks to is healthy.
    assert {
        dependency
        for dependency, condition in services["rasa"]["depends_on"].items()
        if condition == {"condition": "service_healthy"}
    } == {"actions", "postgres", "redis", "rabbitmq"}


def test_compose_points_only_at_files_that_exist(compose):
    referenced = []
    for service in compose["services"].values():
        if build := service.get("build"):
            context = (DEPLOY / build["context"]).resolve()
            referenced += [context, context / build["dockerfile"]]
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith((".", "/")):
                referenced.append((DEPLOY / source).resolve())
    missing = [str(path) for path in referenced if not path.exists()]
    assert referenced and missing == []


def test_compose_takes_every_secret_from_the_environment(compose):
    literal = []
    for name, service in compose["services"].items():
        for key, value in (service.get("environment") or {}).items():
            if any(word in key for word in SECRET_WORDS) and "${" not in str(value):
                literal.append(f"{name}: {key}={value}")
    assert literal == []
    # Each password is required (compose refuses to start without it), not defaulted.
    text = (DEPLOY / "docker-compose.yml").read_text()
    for variable in ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "RABBITMQ_PASSWORD"):
        assert re.search(r"\$\{" + variable + r":\?", text), variable
        assert f"{variable}=" in (DEPLOY / ".env.example").read_text()


def test_compose_runs_the_stores_the_project_names():
    ours, theirs = load(PROJECT_ROOT / "endpoints.yml"), load(DEPLOY / "endpoints.yml")
    for store in ("tracker_store", "lock_store", "event_broker"):
        assert theirs[store] == ours[store]


def test_the_image_starts_with_files_that_exist():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    for path in re.findall(r'"((?:scripts|deploy)/[\w./-]+)"', dockerfile):
        assert (PROJECT_ROOT / path).exists(), path


# ------------------------------------------------------------------------------------- Helm


@pytest.mark.parametrize("ours, chart", HELM_VALUES.items())
def test_every_helm_value_is_a_key_of_rasas_chart(ours, chart):
    assert keys_not_in_chart(load(DEPLOY / "helm" / ours), load(CHART_VALUES / chart)) == []


def test_the_key_check_finds_a_misspelt_key():
    chart = load(CHART_VALUES / "rasa-1.17.8.values.yaml")
    assert keys_not_in_chart({"autoscaling": {"maxReplica": 3}}, chart) == [
        "autoscaling.maxReplica"
    ]
    assert keys_not_in_chart({"replicas": 2}, chart) == ["replicas"]
    assert keys_not_in_chart({"resources": {"requests": {"cpu": 1}}}, chart) == []


@pytest.mark.parametrize("ours", HELM_VALUES)
def test_helm_runs_several_replicas_with_the_autoscaler(ours):
    values = load(DEPLOY / "helm" / ours)
    assert values["replicaCount"] >= 2
    autoscaling = values["autoscaling"]
    assert autoscaling["enabled"] and 2 <= autoscaling["minReplicas"] < autoscaling["maxReplicas"]
    assert values["resources"]["requests"]["cpu"]  # the autoscaler's measure


@pytest.mark.parametrize("ours", HELM_VALUES)
def test_helm_takes_secrets_from_a_kubernetes_secret(ours):
    for variable in load(DEPLOY / "helm" / ours)["extraEnv"]:
        if any(word in variable["name"] for word in SECRET_WORDS):
            assert "secretKeyRef" in variable.get("valueFrom", {}), variable["name"]


def test_helm_rasa_uses_the_shop_stores_and_downloads_no_model():
    settings = load(DEPLOY / "helm" / "rasa-values.yaml")["applicationSettings"]
    ours = load(PROJECT_ROOT / "endpoints.yml")
    endpoints = settings["endpoints"]
    for key, store in [
        ("trackerStore", "tracker_store"),
        ("lockStore", "lock_store"),
        ("eventBroker", "event_broker"),
    ]:
        assert endpoints[key]["enabled"] and endpoints[key]["type"] == ours[store]["type"]
    assert settings["initialModel"] == "" and not settings["trainInitialModel"]
    action = endpoints["additionalEndpoints"]["action_endpoint"]
    assert action["headers"]["Authorization"] == "Bearer ${SHOP_ACTION_SERVER_TOKEN}"
    actions = load(DEPLOY / "helm" / "rasa-action-server-values.yaml")
    assert action["url"] == f"http://{actions['fullnameOverride']}/webhook"
