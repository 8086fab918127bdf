from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class CiliumLoadBalancerIpPool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPool",
):
    '''
    :schema: CiliumLoadBalancerIPPool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "CiliumLoadBalancerIPPool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ee8aa631c336602d61d23ee33006feada049878c49ecad3c857448faf6aa035)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = CiliumLoadBalancerIpPoolProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "CiliumLoadBalancerIPPool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = CiliumLoadBalancerIpPoolProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "CiliumLoadBalancerIPPool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class CiliumLoadBalancerIpPoolProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: CiliumLoadBalancerIPPool
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = CiliumLoadBalancerIpPoolSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a8b25d38b44e6bf9e77613a3851076b933398c053a882c673ce5df024a60f01)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: CiliumLoadBalancerIPPool#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "CiliumLoadBalancerIpPoolSpec":
        '''
        :schema: CiliumLoadBalancerIPPool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("CiliumLoadBalancerIpPoolSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "allow_first_last_i_ps": "allowFirstLastIPs",
        "blocks": "blocks",
        "disabled": "disabled",
        "service_selector": "serviceSelector",
    },
)
class CiliumLoadBalancerIpPoolSpec:
    def __init__(
        self,
        *,
        allow_first_last_i_ps: typing.Optional["CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs"] = None,
        blocks: typing.Optional[typing.Sequence[typing.Union["CiliumLoadBalancerIpPoolSpecBlocks", typing.Dict[builtins.str, typing.Any]]]] = None,
        disabled: typing.Optional[builtins.bool] = None,
        service_selector: typing.Optional[typing.Union["CiliumLoadBalancerIpPoolSpecServiceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_first_last_i_ps: 
        :param blocks: 
        :param disabled: 
        :param service_selector: 

        :schema: CiliumLoadBalancerIpPoolSpec
        '''
        if isinstance(service_selector, dict):
            service_selector = CiliumLoadBalancerIpPoolSpecServiceSelector(**service_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c5de0f0cdc28df827437d3ca1bcf38b0c2f53a1035dbc917723f901bd125827)
            check_type(argname="argument allow_first_last_i_ps", value=allow_first_last_i_ps, expected_type=type_hints["allow_first_last_i_ps"])
            check_type(argname="argument blocks", value=blocks, expected_type=type_hints["blocks"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument service_selector", value=service_selector, expected_type=type_hints["service_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_first_last_i_ps is not None:
            self._values["allow_first_last_i_ps"] = allow_first_last_i_ps
        if blocks is not None:
            self._values["blocks"] = blocks
        if disabled is not None:
            self._values["disabled"] = disabled
        if service_selector is not None:
            self._values["service_selector"] = service_selector

    @builtins.property
    def allow_first_last_i_ps(
        self,
    ) -> typing.Optional["CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs"]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpec#allowFirstLastIPs
        '''
        result = self._values.get("allow_first_last_i_ps")
        return typing.cast(typing.Optional["CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs"], result)

    @builtins.property
    def blocks(
        self,
    ) -> typing.Optional[typing.List["CiliumLoadBalancerIpPoolSpecBlocks"]]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpec#blocks
        '''
        result = self._values.get("blocks")
        return typing.cast(typing.Optional[typing.List["CiliumLoadBalancerIpPoolSpecBlocks"]], result)

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpec#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def service_selector(
        self,
    ) -> typing.Optional["CiliumLoadBalancerIpPoolSpecServiceSelector"]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpec#serviceSelector
        '''
        result = self._values.get("service_selector")
        return typing.cast(typing.Optional["CiliumLoadBalancerIpPoolSpecServiceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs")
class CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs(enum.Enum):
    '''
    :schema: CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs
    '''

    YES = "YES"
    '''Yes.'''
    NO = "NO"
    '''No.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpecBlocks",
    jsii_struct_bases=[],
    name_mapping={"cidr": "cidr", "start": "start", "stop": "stop"},
)
class CiliumLoadBalancerIpPoolSpecBlocks:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        start: typing.Optional[builtins.str] = None,
        stop: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cidr: 
        :param start: 
        :param stop: 

        :schema: CiliumLoadBalancerIpPoolSpecBlocks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbf8323f66f00b9860192380671d95a85d90938e67492a1ce134287faadfeb6a)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument start", value=start, expected_type=type_hints["start"])
            check_type(argname="argument stop", value=stop, expected_type=type_hints["stop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if start is not None:
            self._values["start"] = start
        if stop is not None:
            self._values["stop"] = stop

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecBlocks#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def start(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecBlocks#start
        '''
        result = self._values.get("start")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stop(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecBlocks#stop
        '''
        result = self._values.get("stop")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolSpecBlocks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpecServiceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumLoadBalancerIpPoolSpecServiceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: CiliumLoadBalancerIpPoolSpecServiceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1170d8793639e339be63a4879050f9f28bc65debafb1913b92f322d86005cb0a)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions"]]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecServiceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecServiceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolSpecServiceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab0c36bd4a25c26c5612c4aaa06eadbdd65798d1a6b1f42972ea47f942fd51b8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator":
        '''
        :schema: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator"
)
class CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator(enum.Enum):
    '''
    :schema: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


class CiliumLoadBalancerIpPoolV2Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1",
):
    '''
    :schema: CiliumLoadBalancerIPPoolV2Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolV2Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "CiliumLoadBalancerIPPoolV2Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6f1d0682c1c1e18f39a3be8aa1ba558c14bc36e28ae99079883dd202c0b6811)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = CiliumLoadBalancerIpPoolV2Alpha1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolV2Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "CiliumLoadBalancerIPPoolV2Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = CiliumLoadBalancerIpPoolV2Alpha1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "CiliumLoadBalancerIPPoolV2Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class CiliumLoadBalancerIpPoolV2Alpha1Props:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["CiliumLoadBalancerIpPoolV2Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: CiliumLoadBalancerIPPoolV2Alpha1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = CiliumLoadBalancerIpPoolV2Alpha1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ef264f950f6185d5e071de8fbb722558f3354851ae4f0e4b5a4ae00b95ca640)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: CiliumLoadBalancerIPPoolV2Alpha1#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "CiliumLoadBalancerIpPoolV2Alpha1Spec":
        '''
        :schema: CiliumLoadBalancerIPPoolV2Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("CiliumLoadBalancerIpPoolV2Alpha1Spec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolV2Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "allow_first_last_i_ps": "allowFirstLastIPs",
        "blocks": "blocks",
        "disabled": "disabled",
        "service_selector": "serviceSelector",
    },
)
class CiliumLoadBalancerIpPoolV2Alpha1Spec:
    def __init__(
        self,
        *,
        allow_first_last_i_ps: typing.Optional["CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs"] = None,
        blocks: typing.Optional[typing.Sequence[typing.Union["CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks", typing.Dict[builtins.str, typing.Any]]]] = None,
        disabled: typing.Optional[builtins.bool] = None,
        service_selector: typing.Optional[typing.Union["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_first_last_i_ps: 
        :param blocks: 
        :param disabled: 
        :param service_selector: 

        :schema: CiliumLoadBalancerIpPoolV2Alpha1Spec
        '''
        if isinstance(service_selector, dict):
            service_selector = CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector(**service_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82c422ab313c45bd2d40a5caaccc92f127ac1c4c3e848c4ea9710af6b90cdb22)
            check_type(argname="argument allow_first_last_i_ps", value=allow_first_last_i_ps, expected_type=type_hints["allow_first_last_i_ps"])
            check_type(argname="argument blocks", value=blocks, expected_type=type_hints["blocks"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument service_selector", value=service_selector, expected_type=type_hints["service_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_first_last_i_ps is not None:
            self._values["allow_first_last_i_ps"] = allow_first_last_i_ps
        if blocks is not None:
            self._values["blocks"] = blocks
        if disabled is not None:
            self._values["disabled"] = disabled
        if service_selector is not None:
            self._values["service_selector"] = service_selector

    @builtins.property
    def allow_first_last_i_ps(
        self,
    ) -> typing.Optional["CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs"]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1Spec#allowFirstLastIPs
        '''
        result = self._values.get("allow_first_last_i_ps")
        return typing.cast(typing.Optional["CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs"], result)

    @builtins.property
    def blocks(
        self,
    ) -> typing.Optional[typing.List["CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks"]]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1Spec#blocks
        '''
        result = self._values.get("blocks")
        return typing.cast(typing.Optional[typing.List["CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks"]], result)

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1Spec#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def service_selector(
        self,
    ) -> typing.Optional["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector"]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1Spec#serviceSelector
        '''
        result = self._values.get("service_selector")
        return typing.cast(typing.Optional["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolV2Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs"
)
class CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs(enum.Enum):
    '''
    :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs
    '''

    YES = "YES"
    '''Yes.'''
    NO = "NO"
    '''No.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks",
    jsii_struct_bases=[],
    name_mapping={"cidr": "cidr", "start": "start", "stop": "stop"},
)
class CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        start: typing.Optional[builtins.str] = None,
        stop: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cidr: 
        :param start: 
        :param stop: 

        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e095ab4c40b31984050efa19d3013262033e75860c5812d3e026bd01a797436f)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument start", value=start, expected_type=type_hints["start"])
            check_type(argname="argument stop", value=stop, expected_type=type_hints["stop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if start is not None:
            self._values["start"] = start
        if stop is not None:
            self._values["stop"] = stop

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def start(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks#start
        '''
        result = self._values.get("start")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stop(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks#stop
        '''
        result = self._values.get("stop")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__641d84c7c1797c7ea7e738fb50efc0c9f5fa7635456b3e0005043580297cf138)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions"]]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a8fb6703beb2c7280c8db3333f09a64b6cfdc24ffe6ab4eefc768ac37acfe78)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator":
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator"
)
class CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''
    :schema: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


__all__ = [
    "CiliumLoadBalancerIpPool",
    "CiliumLoadBalancerIpPoolProps",
    "CiliumLoadBalancerIpPoolSpec",
    "CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs",
    "CiliumLoadBalancerIpPoolSpecBlocks",
    "CiliumLoadBalancerIpPoolSpecServiceSelector",
    "CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions",
    "CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator",
    "CiliumLoadBalancerIpPoolV2Alpha1",
    "CiliumLoadBalancerIpPoolV2Alpha1Props",
    "CiliumLoadBalancerIpPoolV2Alpha1Spec",
    "CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs",
    "CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks",
    "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector",
    "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions",
    "CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator",
]

publication.publish()

def _typecheckingstub__7ee8aa631c336602d61d23ee33006feada049878c49ecad3c857448faf6aa035(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[CiliumLoadBalancerIpPoolSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a8b25d38b44e6bf9e77613a3851076b933398c053a882c673ce5df024a60f01(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[CiliumLoadBalancerIpPoolSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c5de0f0cdc28df827437d3ca1bcf38b0c2f53a1035dbc917723f901bd125827(
    *,
    allow_first_last_i_ps: typing.Optional[CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs] = None,
    blocks: typing.Optional[typing.Sequence[typing.Union[CiliumLoadBalancerIpPoolSpecBlocks, typing.Dict[builtins.str, typing.Any]]]] = None,
    disabled: typing.Optional[builtins.bool] = None,
    service_selector: typing.Optional[typing.Union[CiliumLoadBalancerIpPoolSpecServiceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbf8323f66f00b9860192380671d95a85d90938e67492a1ce134287faadfeb6a(
    *,
    cidr: typing.Optional[builtins.str] = None,
    start: typing.Optional[builtins.str] = None,
    stop: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1170d8793639e339be63a4879050f9f28bc65debafb1913b92f322d86005cb0a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab0c36bd4a25c26c5612c4aaa06eadbdd65798d1a6b1f42972ea47f942fd51b8(
    *,
    key: builtins.str,
    operator: CiliumLoadBalancerIpPoolSpecServiceSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6f1d0682c1c1e18f39a3be8aa1ba558c14bc36e28ae99079883dd202c0b6811(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[CiliumLoadBalancerIpPoolV2Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ef264f950f6185d5e071de8fbb722558f3354851ae4f0e4b5a4ae00b95ca640(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[CiliumLoadBalancerIpPoolV2Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82c422ab313c45bd2d40a5caaccc92f127ac1c4c3e848c4ea9710af6b90cdb22(
    *,
    allow_first_last_i_ps: typing.Optional[CiliumLoadBalancerIpPoolV2Alpha1SpecAllowFirstLastIPs] = None,
    blocks: typing.Optional[typing.Sequence[typing.Union[CiliumLoadBalancerIpPoolV2Alpha1SpecBlocks, typing.Dict[builtins.str, typing.Any]]]] = None,
    disabled: typing.Optional[builtins.bool] = None,
    service_selector: typing.Optional[typing.Union[CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e095ab4c40b31984050efa19d3013262033e75860c5812d3e026bd01a797436f(
    *,
    cidr: typing.Optional[builtins.str] = None,
    start: typing.Optional[builtins.str] = None,
    stop: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__641d84c7c1797c7ea7e738fb50efc0c9f5fa7635456b3e0005043580297cf138(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a8fb6703beb2c7280c8db3333f09a64b6cfdc24ffe6ab4eefc768ac37acfe78(
    *,
    key: builtins.str,
    operator: CiliumLoadBalancerIpPoolV2Alpha1SpecServiceSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
