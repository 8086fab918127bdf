"""Settings of the wrong type are refused when the chart is built, with the field, value and fix.

Each case is a value that Python accepts and the chart would otherwise render into something
else (``"false"`` as true, a str as one flag per character), or refuse far from the mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from cdk8s import App, Size
from constructs import Construct

from homelab_ai import (
    AiNamespaceChart,
    BackupSettings,
    Gpu,
    GpuSharing,
    NetworkSettings,
    OllamaSettings,
    OpenWebUiSettings,
    Resources,
    StableDiffusionSettings,
    Vram,
    WhisperQuantization,
    WhisperSettings,
)
from homelab_ai._typecheck import check_fields


def error(**settings: Any) -> str:
    """The message of the ValueError that building the ``ai`` chart with ``settings`` raises."""
    with pytest.raises(ValueError) as caught:
        AiNamespaceChart(App(), "ai", **settings)
    return str(caught.value)


# bool


def test_rejects_a_bool_written_as_a_string() -> None:
    assert error(ollama=OllamaSettings(flash_attention="false")) == (  # type: ignore[arg-type]
        "ai: ollama.flash_attention 'false' is not a bool: use True or False, without quotes"
    )


def test_rejects_a_bool_written_as_a_string_in_gpu_sharing() -> None:
    assert error(gpu_sharing=GpuSharing(fail_requests_greater_than_one="false")) == (  # type: ignore[arg-type]
        "ai: gpu_sharing.fail_requests_greater_than_one 'false' is not a bool: use True or False, without quotes"
    )


def test_rejects_a_bool_written_as_a_number() -> None:
    assert error(open_webui=OpenWebUiSettings(persistent_config=1)) == (  # type: ignore[arg-type]
        "ai: open_webui.persistent_config 1 is not a bool: use True or False"
    )


# int


def test_rejects_a_nested_int_written_as_a_string() -> None:
    assert error(gpu_sharing=GpuSharing(gpu=Gpu(count="1"))) == (  # type: ignore[arg-type]
        "ai: gpu_sharing.gpu.count '1' is not an int: write 1 without quotes"
    )


def test_rejects_an_int_written_as_a_float() -> None:
    assert error(ollama=OllamaSettings(num_parallel=2.0)) == (  # type: ignore[arg-type]
        "ai: ollama.num_parallel 2.0 is not an int: write 2"
    )


def test_rejects_a_bool_for_an_int() -> None:
    assert error(backups=BackupSettings(retain=True)) == "ai: backups.retain True is not an int: use a whole number such as 1"


# float


def test_rejects_a_number_written_as_a_string() -> None:
    assert error(ollama=OllamaSettings(largest_model_billions="13")) == (  # type: ignore[arg-type]
        "ai: ollama.largest_model_billions '13' is not a number: write 13 without quotes"
    )


def test_rejects_a_number_that_is_not_finite() -> None:
    vram = Vram(min_gb=1, max_gb=float("nan"), basis="guess")
    assert error(whisper=WhisperSettings(vram=vram)) == (
        "ai: whisper.vram.max_gb nan is not a finite number: use a number such as 0.5"
    )


def test_rejects_a_bool_for_a_number() -> None:
    resources = Resources(cpu_request=True, cpu_limit=1, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1))
    assert error(open_webui=OpenWebUiSettings(resources=resources)) == (
        "ai: open_webui.resources.cpu_request True is not a number: use a number such as 0.5"
    )


# str


def test_rejects_a_str_written_as_a_number() -> None:
    assert error(ollama=OllamaSettings(keep_alive=30)) == (  # type: ignore[arg-type]
        "ai: ollama.keep_alive 30 is not a str: write it in quotes: '30'"
    )


def test_rejects_none_where_the_setting_is_not_optional() -> None:
    assert error(whisper=WhisperSettings(model=None)) == (  # type: ignore[arg-type]
        "ai: whisper.model None is not a str (the setting is not optional): write text in quotes, such as 'text'"
    )


def test_optional_setting_takes_none_or_its_type() -> None:
    AiNamespaceChart(App(), "ai", stable_diffusion=StableDiffusionSettings(checkpoint=None))
    assert error(stable_diffusion=StableDiffusionSettings(checkpoint=5)) == (  # type: ignore[arg-type]
        "ai: stable_diffusion.checkpoint 5 is not a str: write it in quotes: '5'"
    )


# tuple


def test_rejects_a_str_for_a_tuple_of_one() -> None:
    assert error(ollama=OllamaSettings(models=("llama3.2"))) == (  # type: ignore[arg-type]
        "ai: ollama.models 'llama3.2' is a str, not a tuple: write ('llama3.2',) with the trailing comma"
    )


def test_rejects_a_str_of_flags_for_a_tuple() -> None:
    assert error(stable_diffusion=StableDiffusionSettings(extra_args="--api --xformers")) == (  # type: ignore[arg-type]
        "ai: stable_diffusion.extra_args '--api --xformers' is a str, not a tuple: write ('--api', '--xformers'), "
        "one item per string"
    )


def test_rejects_a_list_for_a_tuple() -> None:
    assert error(network=NetworkSettings(source_ranges=["10.0.0.0/8"])) == (  # type: ignore[arg-type]
        "ai: network.source_ranges ['10.0.0.0/8'] is a list, not a tuple: write ('10.0.0.0/8',)"
    )


def test_rejects_something_else_for_a_tuple() -> None:
    assert error(network=NetworkSettings(source_ranges=None)) == (  # type: ignore[arg-type]
        "ai: network.source_ranges None is not a tuple (the setting is not optional): write one in parentheses, "
        "such as ('a', 'b'), or () for none"
    )


def test_rejects_an_item_of_the_wrong_type_in_a_tuple() -> None:
    assert error(ollama=OllamaSettings(models=("llama3.2", 3))) == (  # type: ignore[arg-type]
        "ai: ollama.models[1] 3 is not a str: write it in quotes: '3'"
    )


# mapping


def test_rejects_a_list_for_a_mapping() -> None:
    assert error(gpu_sharing=GpuSharing(gpu=Gpu(node_selector=["gpu"]))) == (  # type: ignore[arg-type]
        "ai: gpu_sharing.gpu.node_selector ['gpu'] is not a mapping: write a dict such as {'key': 'value'}"
    )


def test_rejects_a_mapping_value_of_the_wrong_type() -> None:
    assert error(gpu_sharing=GpuSharing(gpu=Gpu(node_selector={"nvidia.com/gpu.present": True}))) == (  # type: ignore[dict-item]
        "ai: gpu_sharing.gpu.node_selector['nvidia.com/gpu.present'] True is not a str: write text in quotes, such as 'text'"
    )


def test_rejects_a_mapping_key_of_the_wrong_type() -> None:
    assert error(gpu_sharing=GpuSharing(gpu=Gpu(node_selector={1: "gpu"}))) == (  # type: ignore[dict-item]
        "ai: gpu_sharing.gpu.node_selector key 1 is not a str: write it in quotes: '1'"
    )


# enum


def test_rejects_an_enum_given_as_its_value() -> None:
    assert error(whisper=WhisperSettings(quantization="int8")) == (  # type: ignore[arg-type]
        "ai: whisper.quantization 'int8' is not a WhisperQuantization: use WhisperQuantization.INT8, not its value "
        "(allowed: WhisperQuantization.FLOAT16, WhisperQuantization.INT8, WhisperQuantization.FLOAT32)"
    )


def test_rejects_the_embedding_engine_given_as_its_value() -> None:
    assert error(open_webui=OpenWebUiSettings(embeddings="ollama")) == (  # type: ignore[arg-type]
        "ai: open_webui.embeddings 'ollama' is not an EmbeddingEngine: use EmbeddingEngine.OLLAMA, not its value "
        "(allowed: EmbeddingEngine.SENTENCE_TRANSFORMERS, EmbeddingEngine.OLLAMA)"
    )


def test_rejects_an_enum_given_as_an_unknown_value() -> None:
    assert error(whisper=WhisperSettings(quantization="int4")) == (  # type: ignore[arg-type]
        "ai: whisper.quantization 'int4' is not a WhisperQuantization: use one of WhisperQuantization.FLOAT16, "
        "WhisperQuantization.INT8, WhisperQuantization.FLOAT32"
    )


# classes: cdk8s.Size, nested dataclasses, the settings themselves


def test_rejects_an_int_for_a_size() -> None:
    resources = Resources(cpu_request=1, cpu_limit=2, memory_request=512, memory_limit=Size.gibibytes(1))  # type: ignore[arg-type]
    assert error(open_webui=OpenWebUiSettings(resources=resources)) == (
        "ai: open_webui.resources.memory_request 512 is not a cdk8s.Size: use Size.gibibytes(512) or Size.mebibytes(512)"
    )


def test_rejects_a_str_for_a_size() -> None:
    resources = Resources(cpu_request=1, cpu_limit=2, memory_request="1Gi", memory_limit=Size.gibibytes(1))  # type: ignore[arg-type]
    assert error(open_webui=OpenWebUiSettings(resources=resources)) == (
        "ai: open_webui.resources.memory_request '1Gi' is not a cdk8s.Size: use Size.gibibytes(...) or Size.mebibytes(...)"
    )


def test_rejects_a_str_for_a_nested_dataclass() -> None:
    assert error(gpu_sharing=GpuSharing(gpu="nvidia")) == "ai: gpu_sharing.gpu 'nvidia' is not a Gpu: use Gpu(...)"  # type: ignore[arg-type]


def test_rejects_a_number_for_an_optional_dataclass() -> None:
    assert error(whisper=WhisperSettings(vram=4.5)) == "ai: whisper.vram 4.5 is not a Vram: use Vram(...)"  # type: ignore[arg-type]


def test_rejects_the_settings_class_instead_of_an_instance() -> None:
    assert error(backups=BackupSettings) == "ai: backups is the class BackupSettings, not a value: call it, BackupSettings()"


def test_rejects_a_dict_instead_of_settings() -> None:
    assert error(network={"restrict_egress": True}) == (
        "ai: network {'restrict_egress': True} is not a settings object: build one with its class, as the README shows"
    )


def test_every_app_checks_its_settings() -> None:
    # Each settings object is checked under the name the user wrote it with.
    assert error(open_webui=OpenWebUiSettings(image_generation="yes")).startswith("ai: open_webui.image_generation 'yes'")  # type: ignore[arg-type]
    assert error(stable_diffusion=StableDiffusionSettings(port="7860")).startswith("ai: stable_diffusion.port '7860'")  # type: ignore[arg-type]
    assert error(whisper=WhisperSettings(idle_timeout_seconds="300")).startswith("ai: whisper.idle_timeout_seconds '300'")  # type: ignore[arg-type]
    assert error(network=NetworkSettings(restrict_egress="no")).startswith("ai: network.restrict_egress 'no'")  # type: ignore[arg-type]


def test_the_designs_defaults_and_overrides_pass() -> None:
    AiNamespaceChart(
        App(),
        "ai",
        whisper=WhisperSettings(quantization=WhisperQuantization.INT8, vram=Vram(min_gb=3, max_gb=3.5, basis="measured")),
        gpu_sharing=GpuSharing(gpu=Gpu(node_selector={"nvidia.com/gpu.present": "true"}, runtime_class=None)),
        network=NetworkSettings(source_ranges=("10.10.0.0/16",)),
    )


# annotations without a rule are a library bug, refused loudly rather than passed unchecked


@dataclass(frozen=True, kw_only=True)
class _Unsupported:
    names: list[str]


def test_an_annotation_without_a_rule_is_a_type_error() -> None:
    scope = Construct(App(), "scope")
    with pytest.raises(TypeError, match=r"no rule for the annotation list\[str\]"):
        check_fields(scope, "unsupported", _Unsupported(names=["a"]))
