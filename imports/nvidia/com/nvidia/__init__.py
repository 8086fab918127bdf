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


class ClusterPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicy",
):
    '''ClusterPolicy is the Schema for the clusterpolicies API.

    :schema: ClusterPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ClusterPolicySpec defines the desired state of ClusterPolicy.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5955b86a38058b0e778091100f0ad0c8a665cfadaf9e13cafb91cb5554b96211)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterPolicyProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ClusterPolicySpec defines the desired state of ClusterPolicy.
        '''
        props = ClusterPolicyProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterPolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterPolicy is the Schema for the clusterpolicies API.

        :param metadata: 
        :param spec: ClusterPolicySpec defines the desired state of ClusterPolicy.

        :schema: ClusterPolicy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterPolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52ac5148d287b790032bfc537aad701b8ff9e02c7e029d4fc82569703a3d8c69)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterPolicySpec"]:
        '''ClusterPolicySpec defines the desired state of ClusterPolicy.

        :schema: ClusterPolicy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterPolicySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "daemonsets": "daemonsets",
        "dcgm": "dcgm",
        "dcgm_exporter": "dcgmExporter",
        "device_plugin": "devicePlugin",
        "driver": "driver",
        "gfd": "gfd",
        "node_status_exporter": "nodeStatusExporter",
        "operator": "operator",
        "toolkit": "toolkit",
        "cc_manager": "ccManager",
        "cdi": "cdi",
        "gdrcopy": "gdrcopy",
        "gds": "gds",
        "host_paths": "hostPaths",
        "kata_manager": "kataManager",
        "kata_sandbox_device_plugin": "kataSandboxDevicePlugin",
        "mig": "mig",
        "mig_manager": "migManager",
        "psa": "psa",
        "psp": "psp",
        "sandbox_device_plugin": "sandboxDevicePlugin",
        "sandbox_workloads": "sandboxWorkloads",
        "validator": "validator",
        "vfio_manager": "vfioManager",
        "vgpu_device_manager": "vgpuDeviceManager",
        "vgpu_manager": "vgpuManager",
    },
)
class ClusterPolicySpec:
    def __init__(
        self,
        *,
        daemonsets: typing.Union["ClusterPolicySpecDaemonsets", typing.Dict[builtins.str, typing.Any]],
        dcgm: typing.Union["ClusterPolicySpecDcgm", typing.Dict[builtins.str, typing.Any]],
        dcgm_exporter: typing.Union["ClusterPolicySpecDcgmExporter", typing.Dict[builtins.str, typing.Any]],
        device_plugin: typing.Union["ClusterPolicySpecDevicePlugin", typing.Dict[builtins.str, typing.Any]],
        driver: typing.Union["ClusterPolicySpecDriver", typing.Dict[builtins.str, typing.Any]],
        gfd: typing.Union["ClusterPolicySpecGfd", typing.Dict[builtins.str, typing.Any]],
        node_status_exporter: typing.Union["ClusterPolicySpecNodeStatusExporter", typing.Dict[builtins.str, typing.Any]],
        operator: typing.Union["ClusterPolicySpecOperator", typing.Dict[builtins.str, typing.Any]],
        toolkit: typing.Union["ClusterPolicySpecToolkit", typing.Dict[builtins.str, typing.Any]],
        cc_manager: typing.Optional[typing.Union["ClusterPolicySpecCcManager", typing.Dict[builtins.str, typing.Any]]] = None,
        cdi: typing.Optional[typing.Union["ClusterPolicySpecCdi", typing.Dict[builtins.str, typing.Any]]] = None,
        gdrcopy: typing.Optional[typing.Union["ClusterPolicySpecGdrcopy", typing.Dict[builtins.str, typing.Any]]] = None,
        gds: typing.Optional[typing.Union["ClusterPolicySpecGds", typing.Dict[builtins.str, typing.Any]]] = None,
        host_paths: typing.Optional[typing.Union["ClusterPolicySpecHostPaths", typing.Dict[builtins.str, typing.Any]]] = None,
        kata_manager: typing.Optional[typing.Union["ClusterPolicySpecKataManager", typing.Dict[builtins.str, typing.Any]]] = None,
        kata_sandbox_device_plugin: typing.Optional[typing.Union["ClusterPolicySpecKataSandboxDevicePlugin", typing.Dict[builtins.str, typing.Any]]] = None,
        mig: typing.Optional[typing.Union["ClusterPolicySpecMig", typing.Dict[builtins.str, typing.Any]]] = None,
        mig_manager: typing.Optional[typing.Union["ClusterPolicySpecMigManager", typing.Dict[builtins.str, typing.Any]]] = None,
        psa: typing.Optional[typing.Union["ClusterPolicySpecPsa", typing.Dict[builtins.str, typing.Any]]] = None,
        psp: typing.Optional[typing.Union["ClusterPolicySpecPsp", typing.Dict[builtins.str, typing.Any]]] = None,
        sandbox_device_plugin: typing.Optional[typing.Union["ClusterPolicySpecSandboxDevicePlugin", typing.Dict[builtins.str, typing.Any]]] = None,
        sandbox_workloads: typing.Optional[typing.Union["ClusterPolicySpecSandboxWorkloads", typing.Dict[builtins.str, typing.Any]]] = None,
        validator: typing.Optional[typing.Union["ClusterPolicySpecValidator", typing.Dict[builtins.str, typing.Any]]] = None,
        vfio_manager: typing.Optional[typing.Union["ClusterPolicySpecVfioManager", typing.Dict[builtins.str, typing.Any]]] = None,
        vgpu_device_manager: typing.Optional[typing.Union["ClusterPolicySpecVgpuDeviceManager", typing.Dict[builtins.str, typing.Any]]] = None,
        vgpu_manager: typing.Optional[typing.Union["ClusterPolicySpecVgpuManager", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterPolicySpec defines the desired state of ClusterPolicy.

        :param daemonsets: Daemonset defines common configuration for all Daemonsets.
        :param dcgm: DCGM component spec.
        :param dcgm_exporter: DCGMExporter spec.
        :param device_plugin: DevicePlugin component spec.
        :param driver: Driver component spec.
        :param gfd: GPUFeatureDiscovery spec.
        :param node_status_exporter: NodeStatusExporter spec.
        :param operator: Operator component spec.
        :param toolkit: Toolkit component spec.
        :param cc_manager: CCManager component spec.
        :param cdi: CDI configures how the Container Device Interface is used in the cluster.
        :param gdrcopy: GDRCopy component spec.
        :param gds: GPUDirectStorage defines the spec for GDS components(Experimental).
        :param host_paths: HostPaths defines various paths on the host needed by GPU Operator components.
        :param kata_manager: Deprecated: This field is no longer honored by the GPU Operator. All values under this field are ignored. KataManager component spec
        :param kata_sandbox_device_plugin: KataSandboxDevicePlugin component spec.
        :param mig: MIG spec.
        :param mig_manager: MIGManager for configuration to deploy MIG Manager.
        :param psa: PSA defines spec for PodSecurityAdmission configuration.
        :param psp: Deprecated: Pod Security Policies are no longer supported. Please use PodSecurityAdmission instead PSP defines spec for handling PodSecurityPolicies
        :param sandbox_device_plugin: SandboxDevicePlugin component spec.
        :param sandbox_workloads: SandboxWorkloads defines the spec for handling sandbox workloads (i.e. Virtual Machines).
        :param validator: Validator defines the spec for operator-validator daemonset.
        :param vfio_manager: VFIOManager for configuration to deploy VFIO-PCI Manager.
        :param vgpu_device_manager: VGPUDeviceManager spec.
        :param vgpu_manager: VGPUManager component spec.

        :schema: ClusterPolicySpec
        '''
        if isinstance(daemonsets, dict):
            daemonsets = ClusterPolicySpecDaemonsets(**daemonsets)
        if isinstance(dcgm, dict):
            dcgm = ClusterPolicySpecDcgm(**dcgm)
        if isinstance(dcgm_exporter, dict):
            dcgm_exporter = ClusterPolicySpecDcgmExporter(**dcgm_exporter)
        if isinstance(device_plugin, dict):
            device_plugin = ClusterPolicySpecDevicePlugin(**device_plugin)
        if isinstance(driver, dict):
            driver = ClusterPolicySpecDriver(**driver)
        if isinstance(gfd, dict):
            gfd = ClusterPolicySpecGfd(**gfd)
        if isinstance(node_status_exporter, dict):
            node_status_exporter = ClusterPolicySpecNodeStatusExporter(**node_status_exporter)
        if isinstance(operator, dict):
            operator = ClusterPolicySpecOperator(**operator)
        if isinstance(toolkit, dict):
            toolkit = ClusterPolicySpecToolkit(**toolkit)
        if isinstance(cc_manager, dict):
            cc_manager = ClusterPolicySpecCcManager(**cc_manager)
        if isinstance(cdi, dict):
            cdi = ClusterPolicySpecCdi(**cdi)
        if isinstance(gdrcopy, dict):
            gdrcopy = ClusterPolicySpecGdrcopy(**gdrcopy)
        if isinstance(gds, dict):
            gds = ClusterPolicySpecGds(**gds)
        if isinstance(host_paths, dict):
            host_paths = ClusterPolicySpecHostPaths(**host_paths)
        if isinstance(kata_manager, dict):
            kata_manager = ClusterPolicySpecKataManager(**kata_manager)
        if isinstance(kata_sandbox_device_plugin, dict):
            kata_sandbox_device_plugin = ClusterPolicySpecKataSandboxDevicePlugin(**kata_sandbox_device_plugin)
        if isinstance(mig, dict):
            mig = ClusterPolicySpecMig(**mig)
        if isinstance(mig_manager, dict):
            mig_manager = ClusterPolicySpecMigManager(**mig_manager)
        if isinstance(psa, dict):
            psa = ClusterPolicySpecPsa(**psa)
        if isinstance(psp, dict):
            psp = ClusterPolicySpecPsp(**psp)
        if isinstance(sandbox_device_plugin, dict):
            sandbox_device_plugin = ClusterPolicySpecSandboxDevicePlugin(**sandbox_device_plugin)
        if isinstance(sandbox_workloads, dict):
            sandbox_workloads = ClusterPolicySpecSandboxWorkloads(**sandbox_workloads)
        if isinstance(validator, dict):
            validator = ClusterPolicySpecValidator(**validator)
        if isinstance(vfio_manager, dict):
            vfio_manager = ClusterPolicySpecVfioManager(**vfio_manager)
        if isinstance(vgpu_device_manager, dict):
            vgpu_device_manager = ClusterPolicySpecVgpuDeviceManager(**vgpu_device_manager)
        if isinstance(vgpu_manager, dict):
            vgpu_manager = ClusterPolicySpecVgpuManager(**vgpu_manager)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1a6927c112b49ef6ae9b724e2dded081b13db1a2dd027ca4c7b3a2ca0d8d76f)
            check_type(argname="argument daemonsets", value=daemonsets, expected_type=type_hints["daemonsets"])
            check_type(argname="argument dcgm", value=dcgm, expected_type=type_hints["dcgm"])
            check_type(argname="argument dcgm_exporter", value=dcgm_exporter, expected_type=type_hints["dcgm_exporter"])
            check_type(argname="argument device_plugin", value=device_plugin, expected_type=type_hints["device_plugin"])
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument gfd", value=gfd, expected_type=type_hints["gfd"])
            check_type(argname="argument node_status_exporter", value=node_status_exporter, expected_type=type_hints["node_status_exporter"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toolkit", value=toolkit, expected_type=type_hints["toolkit"])
            check_type(argname="argument cc_manager", value=cc_manager, expected_type=type_hints["cc_manager"])
            check_type(argname="argument cdi", value=cdi, expected_type=type_hints["cdi"])
            check_type(argname="argument gdrcopy", value=gdrcopy, expected_type=type_hints["gdrcopy"])
            check_type(argname="argument gds", value=gds, expected_type=type_hints["gds"])
            check_type(argname="argument host_paths", value=host_paths, expected_type=type_hints["host_paths"])
            check_type(argname="argument kata_manager", value=kata_manager, expected_type=type_hints["kata_manager"])
            check_type(argname="argument kata_sandbox_device_plugin", value=kata_sandbox_device_plugin, expected_type=type_hints["kata_sandbox_device_plugin"])
            check_type(argname="argument mig", value=mig, expected_type=type_hints["mig"])
            check_type(argname="argument mig_manager", value=mig_manager, expected_type=type_hints["mig_manager"])
            check_type(argname="argument psa", value=psa, expected_type=type_hints["psa"])
            check_type(argname="argument psp", value=psp, expected_type=type_hints["psp"])
            check_type(argname="argument sandbox_device_plugin", value=sandbox_device_plugin, expected_type=type_hints["sandbox_device_plugin"])
            check_type(argname="argument sandbox_workloads", value=sandbox_workloads, expected_type=type_hints["sandbox_workloads"])
            check_type(argname="argument validator", value=validator, expected_type=type_hints["validator"])
            check_type(argname="argument vfio_manager", value=vfio_manager, expected_type=type_hints["vfio_manager"])
            check_type(argname="argument vgpu_device_manager", value=vgpu_device_manager, expected_type=type_hints["vgpu_device_manager"])
            check_type(argname="argument vgpu_manager", value=vgpu_manager, expected_type=type_hints["vgpu_manager"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "daemonsets": daemonsets,
            "dcgm": dcgm,
            "dcgm_exporter": dcgm_exporter,
            "device_plugin": device_plugin,
            "driver": driver,
            "gfd": gfd,
            "node_status_exporter": node_status_exporter,
            "operator": operator,
            "toolkit": toolkit,
        }
        if cc_manager is not None:
            self._values["cc_manager"] = cc_manager
        if cdi is not None:
            self._values["cdi"] = cdi
        if gdrcopy is not None:
            self._values["gdrcopy"] = gdrcopy
        if gds is not None:
            self._values["gds"] = gds
        if host_paths is not None:
            self._values["host_paths"] = host_paths
        if kata_manager is not None:
            self._values["kata_manager"] = kata_manager
        if kata_sandbox_device_plugin is not None:
            self._values["kata_sandbox_device_plugin"] = kata_sandbox_device_plugin
        if mig is not None:
            self._values["mig"] = mig
        if mig_manager is not None:
            self._values["mig_manager"] = mig_manager
        if psa is not None:
            self._values["psa"] = psa
        if psp is not None:
            self._values["psp"] = psp
        if sandbox_device_plugin is not None:
            self._values["sandbox_device_plugin"] = sandbox_device_plugin
        if sandbox_workloads is not None:
            self._values["sandbox_workloads"] = sandbox_workloads
        if validator is not None:
            self._values["validator"] = validator
        if vfio_manager is not None:
            self._values["vfio_manager"] = vfio_manager
        if vgpu_device_manager is not None:
            self._values["vgpu_device_manager"] = vgpu_device_manager
        if vgpu_manager is not None:
            self._values["vgpu_manager"] = vgpu_manager

    @builtins.property
    def daemonsets(self) -> "ClusterPolicySpecDaemonsets":
        '''Daemonset defines common configuration for all Daemonsets.

        :schema: ClusterPolicySpec#daemonsets
        '''
        result = self._values.get("daemonsets")
        assert result is not None, "Required property 'daemonsets' is missing"
        return typing.cast("ClusterPolicySpecDaemonsets", result)

    @builtins.property
    def dcgm(self) -> "ClusterPolicySpecDcgm":
        '''DCGM component spec.

        :schema: ClusterPolicySpec#dcgm
        '''
        result = self._values.get("dcgm")
        assert result is not None, "Required property 'dcgm' is missing"
        return typing.cast("ClusterPolicySpecDcgm", result)

    @builtins.property
    def dcgm_exporter(self) -> "ClusterPolicySpecDcgmExporter":
        '''DCGMExporter spec.

        :schema: ClusterPolicySpec#dcgmExporter
        '''
        result = self._values.get("dcgm_exporter")
        assert result is not None, "Required property 'dcgm_exporter' is missing"
        return typing.cast("ClusterPolicySpecDcgmExporter", result)

    @builtins.property
    def device_plugin(self) -> "ClusterPolicySpecDevicePlugin":
        '''DevicePlugin component spec.

        :schema: ClusterPolicySpec#devicePlugin
        '''
        result = self._values.get("device_plugin")
        assert result is not None, "Required property 'device_plugin' is missing"
        return typing.cast("ClusterPolicySpecDevicePlugin", result)

    @builtins.property
    def driver(self) -> "ClusterPolicySpecDriver":
        '''Driver component spec.

        :schema: ClusterPolicySpec#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast("ClusterPolicySpecDriver", result)

    @builtins.property
    def gfd(self) -> "ClusterPolicySpecGfd":
        '''GPUFeatureDiscovery spec.

        :schema: ClusterPolicySpec#gfd
        '''
        result = self._values.get("gfd")
        assert result is not None, "Required property 'gfd' is missing"
        return typing.cast("ClusterPolicySpecGfd", result)

    @builtins.property
    def node_status_exporter(self) -> "ClusterPolicySpecNodeStatusExporter":
        '''NodeStatusExporter spec.

        :schema: ClusterPolicySpec#nodeStatusExporter
        '''
        result = self._values.get("node_status_exporter")
        assert result is not None, "Required property 'node_status_exporter' is missing"
        return typing.cast("ClusterPolicySpecNodeStatusExporter", result)

    @builtins.property
    def operator(self) -> "ClusterPolicySpecOperator":
        '''Operator component spec.

        :schema: ClusterPolicySpec#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("ClusterPolicySpecOperator", result)

    @builtins.property
    def toolkit(self) -> "ClusterPolicySpecToolkit":
        '''Toolkit component spec.

        :schema: ClusterPolicySpec#toolkit
        '''
        result = self._values.get("toolkit")
        assert result is not None, "Required property 'toolkit' is missing"
        return typing.cast("ClusterPolicySpecToolkit", result)

    @builtins.property
    def cc_manager(self) -> typing.Optional["ClusterPolicySpecCcManager"]:
        '''CCManager component spec.

        :schema: ClusterPolicySpec#ccManager
        '''
        result = self._values.get("cc_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecCcManager"], result)

    @builtins.property
    def cdi(self) -> typing.Optional["ClusterPolicySpecCdi"]:
        '''CDI configures how the Container Device Interface is used in the cluster.

        :schema: ClusterPolicySpec#cdi
        '''
        result = self._values.get("cdi")
        return typing.cast(typing.Optional["ClusterPolicySpecCdi"], result)

    @builtins.property
    def gdrcopy(self) -> typing.Optional["ClusterPolicySpecGdrcopy"]:
        '''GDRCopy component spec.

        :schema: ClusterPolicySpec#gdrcopy
        '''
        result = self._values.get("gdrcopy")
        return typing.cast(typing.Optional["ClusterPolicySpecGdrcopy"], result)

    @builtins.property
    def gds(self) -> typing.Optional["ClusterPolicySpecGds"]:
        '''GPUDirectStorage defines the spec for GDS components(Experimental).

        :schema: ClusterPolicySpec#gds
        '''
        result = self._values.get("gds")
        return typing.cast(typing.Optional["ClusterPolicySpecGds"], result)

    @builtins.property
    def host_paths(self) -> typing.Optional["ClusterPolicySpecHostPaths"]:
        '''HostPaths defines various paths on the host needed by GPU Operator components.

        :schema: ClusterPolicySpec#hostPaths
        '''
        result = self._values.get("host_paths")
        return typing.cast(typing.Optional["ClusterPolicySpecHostPaths"], result)

    @builtins.property
    def kata_manager(self) -> typing.Optional["ClusterPolicySpecKataManager"]:
        '''Deprecated: This field is no longer honored by the GPU Operator.

        All values under this field are ignored.
        KataManager component spec

        :schema: ClusterPolicySpec#kataManager
        '''
        result = self._values.get("kata_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecKataManager"], result)

    @builtins.property
    def kata_sandbox_device_plugin(
        self,
    ) -> typing.Optional["ClusterPolicySpecKataSandboxDevicePlugin"]:
        '''KataSandboxDevicePlugin component spec.

        :schema: ClusterPolicySpec#kataSandboxDevicePlugin
        '''
        result = self._values.get("kata_sandbox_device_plugin")
        return typing.cast(typing.Optional["ClusterPolicySpecKataSandboxDevicePlugin"], result)

    @builtins.property
    def mig(self) -> typing.Optional["ClusterPolicySpecMig"]:
        '''MIG spec.

        :schema: ClusterPolicySpec#mig
        '''
        result = self._values.get("mig")
        return typing.cast(typing.Optional["ClusterPolicySpecMig"], result)

    @builtins.property
    def mig_manager(self) -> typing.Optional["ClusterPolicySpecMigManager"]:
        '''MIGManager for configuration to deploy MIG Manager.

        :schema: ClusterPolicySpec#migManager
        '''
        result = self._values.get("mig_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecMigManager"], result)

    @builtins.property
    def psa(self) -> typing.Optional["ClusterPolicySpecPsa"]:
        '''PSA defines spec for PodSecurityAdmission configuration.

        :schema: ClusterPolicySpec#psa
        '''
        result = self._values.get("psa")
        return typing.cast(typing.Optional["ClusterPolicySpecPsa"], result)

    @builtins.property
    def psp(self) -> typing.Optional["ClusterPolicySpecPsp"]:
        '''Deprecated: Pod Security Policies are no longer supported.

        Please use PodSecurityAdmission instead
        PSP defines spec for handling PodSecurityPolicies

        :schema: ClusterPolicySpec#psp
        '''
        result = self._values.get("psp")
        return typing.cast(typing.Optional["ClusterPolicySpecPsp"], result)

    @builtins.property
    def sandbox_device_plugin(
        self,
    ) -> typing.Optional["ClusterPolicySpecSandboxDevicePlugin"]:
        '''SandboxDevicePlugin component spec.

        :schema: ClusterPolicySpec#sandboxDevicePlugin
        '''
        result = self._values.get("sandbox_device_plugin")
        return typing.cast(typing.Optional["ClusterPolicySpecSandboxDevicePlugin"], result)

    @builtins.property
    def sandbox_workloads(self) -> typing.Optional["ClusterPolicySpecSandboxWorkloads"]:
        '''SandboxWorkloads defines the spec for handling sandbox workloads (i.e. Virtual Machines).

        :schema: ClusterPolicySpec#sandboxWorkloads
        '''
        result = self._values.get("sandbox_workloads")
        return typing.cast(typing.Optional["ClusterPolicySpecSandboxWorkloads"], result)

    @builtins.property
    def validator(self) -> typing.Optional["ClusterPolicySpecValidator"]:
        '''Validator defines the spec for operator-validator daemonset.

        :schema: ClusterPolicySpec#validator
        '''
        result = self._values.get("validator")
        return typing.cast(typing.Optional["ClusterPolicySpecValidator"], result)

    @builtins.property
    def vfio_manager(self) -> typing.Optional["ClusterPolicySpecVfioManager"]:
        '''VFIOManager for configuration to deploy VFIO-PCI Manager.

        :schema: ClusterPolicySpec#vfioManager
        '''
        result = self._values.get("vfio_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecVfioManager"], result)

    @builtins.property
    def vgpu_device_manager(
        self,
    ) -> typing.Optional["ClusterPolicySpecVgpuDeviceManager"]:
        '''VGPUDeviceManager spec.

        :schema: ClusterPolicySpec#vgpuDeviceManager
        '''
        result = self._values.get("vgpu_device_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuDeviceManager"], result)

    @builtins.property
    def vgpu_manager(self) -> typing.Optional["ClusterPolicySpecVgpuManager"]:
        '''VGPUManager component spec.

        :schema: ClusterPolicySpec#vgpuManager
        '''
        result = self._values.get("vgpu_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuManager"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "default_mode": "defaultMode",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecCcManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_mode: typing.Optional["ClusterPolicySpecCcManagerDefaultMode"] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecCcManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecCcManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CCManager component spec.

        :param args: Optional: List of arguments.
        :param default_mode: Default CC mode setting for compatible GPUs on the node.
        :param enabled: Enabled indicates if deployment of CC Manager is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the CC Manager pod uses the host's network namespace.
        :param image: CC Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: CC Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: CC Manager image tag.

        :schema: ClusterPolicySpecCcManager
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecCcManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce4a1574bb74f7c5a2b958359f018c7639e82d565a1a0c41454980952484b3ee)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecCcManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_mode(self) -> typing.Optional["ClusterPolicySpecCcManagerDefaultMode"]:
        '''Default CC mode setting for compatible GPUs on the node.

        :schema: ClusterPolicySpecCcManager#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional["ClusterPolicySpecCcManagerDefaultMode"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of CC Manager is enabled.

        :schema: ClusterPolicySpecCcManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecCcManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecCcManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecCcManagerEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the CC Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecCcManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''CC Manager image name.

        :schema: ClusterPolicySpecCcManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecCcManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecCcManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''CC Manager image repository.

        :schema: ClusterPolicySpecCcManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecCcManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecCcManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecCcManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''CC Manager image tag.

        :schema: ClusterPolicySpecCcManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecCcManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManagerDefaultMode")
class ClusterPolicySpecCcManagerDefaultMode(enum.Enum):
    '''Default CC mode setting for compatible GPUs on the node.

    :schema: ClusterPolicySpecCcManagerDefaultMode
    '''

    ON = "ON"
    '''on.'''
    OFF = "OFF"
    '''off.'''
    DEVTOOLS = "DEVTOOLS"
    '''devtools.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecCcManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecCcManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21cd12d87145b9dc4b71117f3965efc7e8dcf63c1288ea648a53edf8bb80c7c1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecCcManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecCcManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecCcManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecCcManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecCcManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5ab9fd479181994a0da0fbe60db362a8eb7f3c7062ad5fde4b2642d48030342)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecCcManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecCcManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecCcManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecCcManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecCcManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecCcManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecCcManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6d938c928d7b0df2780f9bcf8022f0b775a6272bd350e69f1e7140716866cc8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecCcManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecCcManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99a911d9a7bf579811190dd9319332d30ad47f4a78f318543581d1ef8cba338a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecCcManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecCcManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCcManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecCcManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecCcManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cb391a0a5056d0ab699f9832265cd2c3b6f08e021d5c80677917d49d9304089)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecCcManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecCcManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14563ea7cecab0263a4063721c713d5977978aeb1e2067ea95e6faa4afb4f17c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecCcManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecCdi",
    jsii_struct_bases=[],
    name_mapping={
        "default": "default",
        "enabled": "enabled",
        "nri_plugin_enabled": "nriPluginEnabled",
    },
)
class ClusterPolicySpecCdi:
    def __init__(
        self,
        *,
        default: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        nri_plugin_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''CDI configures how the Container Device Interface is used in the cluster.

        :param default: Deprecated: This field is no longer used. Setting cdi.enabled=true will configure CDI as the default mechanism for making GPUs accessible to containers.
        :param enabled: Enabled indicates whether the Container Device Interface (CDI) should be used as the mechanism for making GPUs accessible to containers.
        :param nri_plugin_enabled: NRIPluginEnabled indicates whether an NRI Plugin should be run as a means of injecting CDI devices to gpu management containers.

        :schema: ClusterPolicySpecCdi
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04ab97982cad6352db64fd2056c101137589c86ea0c500c73d670f41d66b9f1c)
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument nri_plugin_enabled", value=nri_plugin_enabled, expected_type=type_hints["nri_plugin_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default is not None:
            self._values["default"] = default
        if enabled is not None:
            self._values["enabled"] = enabled
        if nri_plugin_enabled is not None:
            self._values["nri_plugin_enabled"] = nri_plugin_enabled

    @builtins.property
    def default(self) -> typing.Optional[builtins.bool]:
        '''Deprecated: This field is no longer used.

        Setting cdi.enabled=true will configure CDI as the default mechanism for making GPUs accessible to containers.

        :schema: ClusterPolicySpecCdi#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates whether the Container Device Interface (CDI) should be used as the mechanism for making GPUs accessible to containers.

        :schema: ClusterPolicySpecCdi#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def nri_plugin_enabled(self) -> typing.Optional[builtins.bool]:
        '''NRIPluginEnabled indicates whether an NRI Plugin should be run as a means of injecting CDI devices to gpu management containers.

        :schema: ClusterPolicySpecCdi#nriPluginEnabled
        '''
        result = self._values.get("nri_plugin_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecCdi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsets",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "rolling_update": "rollingUpdate",
        "tolerations": "tolerations",
        "update_strategy": "updateStrategy",
    },
)
class ClusterPolicySpecDaemonsets:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pod_security_context: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        rolling_update: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDaemonsetsTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        update_strategy: typing.Optional["ClusterPolicySpecDaemonsetsUpdateStrategy"] = None,
    ) -> None:
        '''Daemonset defines common configuration for all Daemonsets.

        :param annotations: Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects.
        :param labels: Optional: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services.
        :param pod_security_context: Optional: Set pod-level security context for all DaemonSet pods (applies as defaults to all containers).
        :param priority_class_name: 
        :param rolling_update: Optional: Configuration for rolling update of all DaemonSet pods.
        :param tolerations: Optional: Set tolerations.
        :param update_strategy: 

        :schema: ClusterPolicySpecDaemonsets
        '''
        if isinstance(pod_security_context, dict):
            pod_security_context = ClusterPolicySpecDaemonsetsPodSecurityContext(**pod_security_context)
        if isinstance(rolling_update, dict):
            rolling_update = ClusterPolicySpecDaemonsetsRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__712ab89ed2cdec16922ea19174993e0fb962d480d017c051c8ce1b2e215c84e2)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument update_strategy", value=update_strategy, expected_type=type_hints["update_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if update_strategy is not None:
            self._values["update_strategy"] = update_strategy

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.

        :schema: ClusterPolicySpecDaemonsets#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Optional: Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.

        :schema: ClusterPolicySpecDaemonsets#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pod_security_context(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContext"]:
        '''Optional: Set pod-level security context for all DaemonSet pods (applies as defaults to all containers).

        :schema: ClusterPolicySpecDaemonsets#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecDaemonsets#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsRollingUpdate"]:
        '''Optional: Configuration for rolling update of all DaemonSet pods.

        :schema: ClusterPolicySpecDaemonsets#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsRollingUpdate"], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecDaemonsetsTolerations"]]:
        '''Optional: Set tolerations.

        :schema: ClusterPolicySpecDaemonsets#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDaemonsetsTolerations"]], result)

    @builtins.property
    def update_strategy(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsUpdateStrategy"]:
        '''
        :schema: ClusterPolicySpecDaemonsets#updateStrategy
        '''
        result = self._values.get("update_strategy")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsUpdateStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "app_armor_profile": "appArmorProfile",
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_change_policy": "seLinuxChangePolicy",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "supplemental_groups_policy": "supplementalGroupsPolicy",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class ClusterPolicySpecDaemonsetsPodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_change_policy: typing.Optional[builtins.str] = None,
        se_linux_options: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        supplemental_groups_policy: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContextSysctls", typing.Dict[builtins.str, typing.Any]]]] = None,
        windows_options: typing.Optional[typing.Union["ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Optional: Set pod-level security context for all DaemonSet pods (applies as defaults to all containers).

        :param app_armor_profile: appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
        :param fs_group: A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod: 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw---- If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
        :param fs_group_change_policy: fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_change_policy: seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive". "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node. "MountOption" mounts all eligible Pod volumes with ``-o context`` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled. If not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes. This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers. All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param supplemental_groups: A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified). If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.
        :param supplemental_groups_policy: Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.
        :param sysctls: Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__079fc13500de7ea1c7657e1f3358d662191099bcb6236fb241d8f9e571cd1493)
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_change_policy", value=se_linux_change_policy, expected_type=type_hints["se_linux_change_policy"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument supplemental_groups_policy", value=supplemental_groups_policy, expected_type=type_hints["supplemental_groups_policy"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_change_policy is not None:
            self._values["se_linux_change_policy"] = se_linux_change_policy
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if supplemental_groups_policy is not None:
            self._values["supplemental_groups_policy"] = supplemental_groups_policy
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile"]:
        '''appArmorProfile is the AppArmor options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''A special supplemental group that applies to all containers in a pod.

        Some volume types allow the Kubelet to change the ownership of that volume
        to be owned by the pod:

        1. The owning GID will be the FSGroup
        2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
        3. The permission bits are OR'd with rw-rw----

        If unset, the Kubelet will not modify the ownership and permissions of any volume.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.

        This field will only apply to
        volume types which support fsGroup based ownership(and permissions).
        It will have no effect on ephemeral volume types such as: secret, configmaps
        and emptydir.
        Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile"]:
        '''The seccomp options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_change_policy(self) -> typing.Optional[builtins.str]:
        '''seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.

        It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
        Valid values are "MountOption" and "Recursive".

        "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
        This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.

        "MountOption" mounts all eligible Pod volumes with ``-o context`` mount option.
        This requires all Pods that share the same volume to use the same SELinux label.
        It is not possible to share the same volume among privileged and unprivileged Pods.
        Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
        whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
        CSIDriver instance. Other volumes are always re-labelled recursively.
        "MountOption" value is allowed only when SELinuxMount feature gate is enabled.

        If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
        If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
        and "Recursive" for all other volumes.

        This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.

        All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#seLinuxChangePolicy
        '''
        result = self._values.get("se_linux_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions"]:
        '''The SELinux context to be applied to all containers.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in SecurityContext.  If set in
        both SecurityContext and PodSecurityContext, the value specified in SecurityContext
        takes precedence for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).

        If
        the SupplementalGroupsPolicy feature is enabled, the
        supplementalGroupsPolicy field determines whether these are in addition
        to or instead of any group memberships defined in the container image.
        If unspecified, no additional groups are added, though group memberships
        defined in the container image may still be used, depending on the
        supplementalGroupsPolicy field.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def supplemental_groups_policy(self) -> typing.Optional[builtins.str]:
        '''Defines how supplemental groups of the first container processes are calculated.

        Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
        (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
        and the container runtime must implement support for this feature.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#supplementalGroupsPolicy
        '''
        result = self._values.get("supplemental_groups_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecDaemonsetsPodSecurityContextSysctls"]]:
        '''Sysctls hold a list of namespaced sysctls used for the pod.

        Pods with unsupported
        sysctls (by the container runtime) might fail to launch.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDaemonsetsPodSecurityContextSysctls"]], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions"]:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options within a container's SecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''appArmorProfile is the AppArmor options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :param type: type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost - a profile pre-loaded on the node. RuntimeDefault - the container runtime's default profile. Unconfined - no AppArmor enforcement.
        :param localhost_profile: localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f316f6186735372699b542000dd73bf3a0aed5d36685a806bd4fe047b3063594)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''type indicates which kind of AppArmor profile will be applied.

        Valid options are:
        Localhost - a profile pre-loaded on the node.
        RuntimeDefault - the container runtime's default profile.
        Unconfined - no AppArmor enforcement.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''localhostProfile indicates a profile loaded on the node that should be used.

        The profile must be preconfigured on the node to work.
        Must match the loaded name of the profile.
        Must be set if and only if type is "Localhost".

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SELinux context to be applied to all containers.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in SecurityContext.  If set in
        both SecurityContext and PodSecurityContext, the value specified in SecurityContext
        takes precedence for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :param level: Level is SELinux level label that applies to the container.
        :param role: Role is a SELinux role label that applies to the container.
        :param type: Type is a SELinux type label that applies to the container.
        :param user: User is a SELinux user label that applies to the container.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c49edb99dc73b886b358f067eb5ba1fe5df5f0491b65d32fce429fb7f7da0b83)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Level is SELinux level label that applies to the container.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a SELinux role label that applies to the container.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type is a SELinux type label that applies to the container.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''User is a SELinux user label that applies to the container.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The seccomp options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :param type: type indicates which kind of seccomp profile will be applied. Valid options are:. Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
        :param localhost_profile: localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58424ba388fde4149ba56498cf1724d70e1940b29d0fb48e832f5a03fed3957f)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''type indicates which kind of seccomp profile will be applied. Valid options are:.

        Localhost - a profile defined in a file on the node should be used.
        RuntimeDefault - the container runtime default profile should be used.
        Unconfined - no profile should be applied.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''localhostProfile indicates a profile defined in a file on the node should be used.

        The profile must be preconfigured on the node to work.
        Must be a descending path, relative to the kubelet's configured seccomp profile location.
        Must be set if type is "Localhost". Must NOT be set for any other type.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContextSysctls",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDaemonsetsPodSecurityContextSysctls:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Sysctl defines a kernel parameter to be set.

        :param name: Name of a property to set.
        :param value: Value of a property to set.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ac6bfa7613aff27a9afa60c2b9f47ea58a61d85bd0564a33a0c7218bbae987e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of a property to set.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSysctls#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value of a property to set.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextSysctls#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContextSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options within a container's SecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :param gmsa_credential_spec: GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
        :param gmsa_credential_spec_name: GMSACredentialSpecName is the name of the GMSA credential spec to use.
        :param host_process: HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.
        :param run_as_user_name: The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Default: the user specified in image metadata if unspecified.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__618c5b09106946d71097250538ed414dd380869518de3b97f4cd3c4dcdcdc52e)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''GMSACredentialSpecName is the name of the GMSA credential spec to use.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''HostProcess determines if a container should be run as a 'Host Process' container.

        All of a Pod's containers must have the same effective HostProcess value
        (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
        In addition, if HostProcess is true then HostNetwork must also be set to true.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''The UserName in Windows to run the entrypoint of the container process.

        Defaults to the user specified in image metadata if unspecified.
        May also be set in PodSecurityContext. If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :default: the user specified in image metadata if unspecified.

        :schema: ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={"max_unavailable": "maxUnavailable"},
)
class ClusterPolicySpecDaemonsetsRollingUpdate:
    def __init__(
        self,
        *,
        max_unavailable: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Configuration for rolling update of all DaemonSet pods.

        :param max_unavailable: 

        :schema: ClusterPolicySpecDaemonsetsRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b97ad2f7fbc09416033f37f48eb0f52276d47e77fdc601ea8e5357b1c064cee)
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable

    @builtins.property
    def max_unavailable(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecDaemonsetsRollingUpdate#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class ClusterPolicySpecDaemonsetsTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators). Default: Equal.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: ClusterPolicySpecDaemonsetsTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__999693e38cfd7e8670ec9a2f278bdc0062832ff16857aabde8f79ca8f741954d)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects.
        When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: ClusterPolicySpecDaemonsetsTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: ClusterPolicySpecDaemonsetsTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
        Exists is equivalent to wildcard for value, so that a pod can
        tolerate all taints of a particular category.
        Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).

        :default: Equal.

        :schema: ClusterPolicySpecDaemonsetsTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: ClusterPolicySpecDaemonsetsTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: ClusterPolicySpecDaemonsetsTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDaemonsetsTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecDaemonsetsUpdateStrategy")
class ClusterPolicySpecDaemonsetsUpdateStrategy(enum.Enum):
    '''
    :schema: ClusterPolicySpecDaemonsetsUpdateStrategy
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''
    ON_DELETE = "ON_DELETE"
    '''OnDelete.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgm",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "host_port": "hostPort",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecDcgm:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDcgmEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        host_port: typing.Optional[jsii.Number] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecDcgmResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DCGM component spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of NVIDIA DCGM Hostengine as a separate pod is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the DCGM pod uses the host's network namespace.
        :param host_port: Deprecated: HostPort represents host port that needs to be bound for DCGM engine (Default: 5555).
        :param image: NVIDIA DCGM image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA DCGM image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA DCGM image tag.

        :schema: ClusterPolicySpecDcgm
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecDcgmResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24cdde54c961b556cf6fc74edc013bafebef67588f50896a3c3b3452158496e1)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if host_port is not None:
            self._values["host_port"] = host_port
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecDcgm#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA DCGM Hostengine as a separate pod is enabled.

        :schema: ClusterPolicySpecDcgm#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecDcgmEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecDcgm#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDcgmEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the DCGM pod uses the host's network namespace.

        :schema: ClusterPolicySpecDcgm#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''Deprecated: HostPort represents host port that needs to be bound for DCGM engine (Default: 5555).

        :schema: ClusterPolicySpecDcgm#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM image name.

        :schema: ClusterPolicySpecDcgm#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecDcgm#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecDcgm#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM image repository.

        :schema: ClusterPolicySpecDcgm#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecDcgmResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecDcgm#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM image tag.

        :schema: ClusterPolicySpecDcgm#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDcgmEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecDcgmEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d85018bb1feb3f71947b00019f837f354806767e0fd17d0069a2b7c808c6b849)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecDcgmEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecDcgmEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporter",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "args": "args",
        "config": "config",
        "enabled": "enabled",
        "enable_pod_labels": "enablePodLabels",
        "enable_pod_uid": "enablePodUid",
        "env": "env",
        "host_network": "hostNetwork",
        "host_pid": "hostPid",
        "hpc_job_mapping": "hpcJobMapping",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "pod_label_allowlist_regex": "podLabelAllowlistRegex",
        "repository": "repository",
        "resources": "resources",
        "service": "service",
        "service_monitor": "serviceMonitor",
        "version": "version",
    },
)
class ClusterPolicySpecDcgmExporter:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Optional[typing.Union["ClusterPolicySpecDcgmExporterConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        enable_pod_labels: typing.Optional[builtins.bool] = None,
        enable_pod_uid: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDcgmExporterEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        host_pid: typing.Optional[builtins.bool] = None,
        hpc_job_mapping: typing.Optional[typing.Union["ClusterPolicySpecDcgmExporterHpcJobMapping", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        pod_label_allowlist_regex: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecDcgmExporterResources", typing.Dict[builtins.str, typing.Any]]] = None,
        service: typing.Optional[typing.Union["ClusterPolicySpecDcgmExporterService", typing.Dict[builtins.str, typing.Any]]] = None,
        service_monitor: typing.Optional[typing.Union["ClusterPolicySpecDcgmExporterServiceMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DCGMExporter spec.

        :param annotations: Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects.
        :param args: Optional: List of arguments.
        :param config: Optional: Custom metrics configuration for NVIDIA DCGM Exporter.
        :param enabled: Enabled indicates if deployment of NVIDIA DCGM Exporter through operator is enabled.
        :param enable_pod_labels: Enable Kubernetes pod labels as Prometheus label dimensions in DCGM exporter metrics. (Requires cluster-level read access to pods.)
        :param enable_pod_uid: Enable Kubernetes pod UID as a Prometheus label dimension in DCGM exporter metrics. (Requires cluster-level read access to pods.)
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork allows the DCGM-Exporter daemon set to expose metrics port on the host's network namespace.
        :param host_pid: HostPID allows the DCGM-Exporter daemon set to access the host's PID namespace.
        :param hpc_job_mapping: Optional: HPC job mapping configuration for NVIDIA DCGM Exporter.
        :param image: NVIDIA DCGM Exporter image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param pod_label_allowlist_regex: Regex list for filtering which Kubernetes pod labels are included in DCGM exporter metrics. Empty means all pod labels are included.
        :param repository: NVIDIA DCGM Exporter image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param service: Optional: Service configuration for NVIDIA DCGM Exporter.
        :param service_monitor: Optional: ServiceMonitor configuration for NVIDIA DCGM Exporter.
        :param version: NVIDIA DCGM Exporter image tag.

        :schema: ClusterPolicySpecDcgmExporter
        '''
        if isinstance(config, dict):
            config = ClusterPolicySpecDcgmExporterConfig(**config)
        if isinstance(hpc_job_mapping, dict):
            hpc_job_mapping = ClusterPolicySpecDcgmExporterHpcJobMapping(**hpc_job_mapping)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecDcgmExporterResources(**resources)
        if isinstance(service, dict):
            service = ClusterPolicySpecDcgmExporterService(**service)
        if isinstance(service_monitor, dict):
            service_monitor = ClusterPolicySpecDcgmExporterServiceMonitor(**service_monitor)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e89e2840ae76fcbe60c00d06fd49e4c5878f1d2334769896d984af6152069fa0)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument enable_pod_labels", value=enable_pod_labels, expected_type=type_hints["enable_pod_labels"])
            check_type(argname="argument enable_pod_uid", value=enable_pod_uid, expected_type=type_hints["enable_pod_uid"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument host_pid", value=host_pid, expected_type=type_hints["host_pid"])
            check_type(argname="argument hpc_job_mapping", value=hpc_job_mapping, expected_type=type_hints["hpc_job_mapping"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument pod_label_allowlist_regex", value=pod_label_allowlist_regex, expected_type=type_hints["pod_label_allowlist_regex"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument service_monitor", value=service_monitor, expected_type=type_hints["service_monitor"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if args is not None:
            self._values["args"] = args
        if config is not None:
            self._values["config"] = config
        if enabled is not None:
            self._values["enabled"] = enabled
        if enable_pod_labels is not None:
            self._values["enable_pod_labels"] = enable_pod_labels
        if enable_pod_uid is not None:
            self._values["enable_pod_uid"] = enable_pod_uid
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if host_pid is not None:
            self._values["host_pid"] = host_pid
        if hpc_job_mapping is not None:
            self._values["hpc_job_mapping"] = hpc_job_mapping
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if pod_label_allowlist_regex is not None:
            self._values["pod_label_allowlist_regex"] = pod_label_allowlist_regex
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if service is not None:
            self._values["service"] = service
        if service_monitor is not None:
            self._values["service_monitor"] = service_monitor
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.

        :schema: ClusterPolicySpecDcgmExporter#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecDcgmExporter#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Optional["ClusterPolicySpecDcgmExporterConfig"]:
        '''Optional: Custom metrics configuration for NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporter#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA DCGM Exporter through operator is enabled.

        :schema: ClusterPolicySpecDcgmExporter#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_pod_labels(self) -> typing.Optional[builtins.bool]:
        '''Enable Kubernetes pod labels as Prometheus label dimensions in DCGM exporter metrics.

        (Requires cluster-level read access to pods.)

        :schema: ClusterPolicySpecDcgmExporter#enablePodLabels
        '''
        result = self._values.get("enable_pod_labels")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_pod_uid(self) -> typing.Optional[builtins.bool]:
        '''Enable Kubernetes pod UID as a Prometheus label dimension in DCGM exporter metrics.

        (Requires cluster-level read access to pods.)

        :schema: ClusterPolicySpecDcgmExporter#enablePodUID
        '''
        result = self._values.get("enable_pod_uid")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecDcgmExporterEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecDcgmExporter#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDcgmExporterEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork allows the DCGM-Exporter daemon set to expose metrics port on the host's network namespace.

        :schema: ClusterPolicySpecDcgmExporter#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_pid(self) -> typing.Optional[builtins.bool]:
        '''HostPID allows the DCGM-Exporter daemon set to access the host's PID namespace.

        :schema: ClusterPolicySpecDcgmExporter#hostPID
        '''
        result = self._values.get("host_pid")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hpc_job_mapping(
        self,
    ) -> typing.Optional["ClusterPolicySpecDcgmExporterHpcJobMapping"]:
        '''Optional: HPC job mapping configuration for NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporter#hpcJobMapping
        '''
        result = self._values.get("hpc_job_mapping")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterHpcJobMapping"], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM Exporter image name.

        :schema: ClusterPolicySpecDcgmExporter#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecDcgmExporter#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecDcgmExporter#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pod_label_allowlist_regex(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Regex list for filtering which Kubernetes pod labels are included in DCGM exporter metrics.

        Empty means all pod labels are included.

        :schema: ClusterPolicySpecDcgmExporter#podLabelAllowlistRegex
        '''
        result = self._values.get("pod_label_allowlist_regex")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM Exporter image repository.

        :schema: ClusterPolicySpecDcgmExporter#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecDcgmExporterResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecDcgmExporter#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterResources"], result)

    @builtins.property
    def service(self) -> typing.Optional["ClusterPolicySpecDcgmExporterService"]:
        '''Optional: Service configuration for NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporter#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterService"], result)

    @builtins.property
    def service_monitor(
        self,
    ) -> typing.Optional["ClusterPolicySpecDcgmExporterServiceMonitor"]:
        '''Optional: ServiceMonitor configuration for NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporter#serviceMonitor
        '''
        result = self._values.get("service_monitor")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterServiceMonitor"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA DCGM Exporter image tag.

        :schema: ClusterPolicySpecDcgmExporter#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ClusterPolicySpecDcgmExporterConfig:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Custom metrics configuration for NVIDIA DCGM Exporter.

        :param name: ConfigMap name with file dcgm-metrics.csv for metrics to be collected by NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporterConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f6a3bd21b5d489f97e7cad9c3ff29a96eb676c122b1f9da8cd46e14d1a28dfb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''ConfigMap name with file dcgm-metrics.csv for metrics to be collected by NVIDIA DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporterConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDcgmExporterEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecDcgmExporterEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d09c6d9fb749306dd9c4491cffa851de8c5fcd0195b69539b5f8ba521c70b03e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecDcgmExporterEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecDcgmExporterEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterHpcJobMapping",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory", "enabled": "enabled"},
)
class ClusterPolicySpecDcgmExporterHpcJobMapping:
    def __init__(
        self,
        *,
        directory: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Optional: HPC job mapping configuration for NVIDIA DCGM Exporter.

        :param directory: Directory path where HPC job mapping files are created by the workload manager Defaults to /var/lib/dcgm-exporter/job-mapping if not specified. Default: var/lib/dcgm-exporter/job-mapping if not specified
        :param enabled: Enable HPC job mapping for DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporterHpcJobMapping
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6020feedb9902d2fb1d96dd221d6c7a5d7a7c94fb63e135729511524334b161)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''Directory path where HPC job mapping files are created by the workload manager Defaults to /var/lib/dcgm-exporter/job-mapping if not specified.

        :default: var/lib/dcgm-exporter/job-mapping if not specified

        :schema: ClusterPolicySpecDcgmExporterHpcJobMapping#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enable HPC job mapping for DCGM Exporter.

        :schema: ClusterPolicySpecDcgmExporterHpcJobMapping#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterHpcJobMapping(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecDcgmExporterResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmExporterResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1a3a910275897f8ad9c3da66e884e3d3ca15e42a026ee3d7db6d2514d066f3c)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmExporterResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmExporterResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmExporterResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecDcgmExporterResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecDcgmExporterResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDcgmExporterResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03c9d5d6eedce6fc2d6554193509317bafb15e9c3638c7170b1e1f5e6cd43421)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmExporterResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDcgmExporterResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fab5f741842642beda7d2e5e5b2ec50f77f7de12d5f3cd4b14c6aa9376d14a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmExporterResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecDcgmExporterResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecDcgmExporterResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDcgmExporterResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01636943894330b96db4848cc617f7f41941dac2ed3dace32927790bd8c3bfdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmExporterResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDcgmExporterResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10ac4f55b1dbc98dcdaa0c0a9826fdaf9e31f1b53c6d2158b207de53fba0ec8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmExporterResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterService",
    jsii_struct_bases=[],
    name_mapping={"internal_traffic_policy": "internalTrafficPolicy", "type": "type"},
)
class ClusterPolicySpecDcgmExporterService:
    def __init__(
        self,
        *,
        internal_traffic_policy: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Service configuration for NVIDIA DCGM Exporter.

        :param internal_traffic_policy: InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.
        :param type: Type represents the ServiceType which describes ingress methods for a service.

        :schema: ClusterPolicySpecDcgmExporterService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cf769a8e667309b97db05daed63748fc2e517b2b08b1b9a469201ec58a9a782)
            check_type(argname="argument internal_traffic_policy", value=internal_traffic_policy, expected_type=type_hints["internal_traffic_policy"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if internal_traffic_policy is not None:
            self._values["internal_traffic_policy"] = internal_traffic_policy
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def internal_traffic_policy(self) -> typing.Optional[builtins.str]:
        '''InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.

        :schema: ClusterPolicySpecDcgmExporterService#internalTrafficPolicy
        '''
        result = self._values.get("internal_traffic_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type represents the ServiceType which describes ingress methods for a service.

        :schema: ClusterPolicySpecDcgmExporterService#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterServiceMonitor",
    jsii_struct_bases=[],
    name_mapping={
        "additional_labels": "additionalLabels",
        "enabled": "enabled",
        "honor_labels": "honorLabels",
        "interval": "interval",
        "relabelings": "relabelings",
        "scrape_timeout": "scrapeTimeout",
    },
)
class ClusterPolicySpecDcgmExporterServiceMonitor:
    def __init__(
        self,
        *,
        additional_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        honor_labels: typing.Optional[builtins.bool] = None,
        interval: typing.Optional[builtins.str] = None,
        relabelings: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDcgmExporterServiceMonitorRelabelings", typing.Dict[builtins.str, typing.Any]]]] = None,
        scrape_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: ServiceMonitor configuration for NVIDIA DCGM Exporter.

        :param additional_labels: AdditionalLabels to add to ServiceMonitor instance.
        :param enabled: Enabled indicates if ServiceMonitor is deployed.
        :param honor_labels: HonorLabels chooses the metric’s labels on collisions with target labels.
        :param interval: Interval at which metrics should be scraped. If not specified, Prometheus’ global scrape interval is used. Supported units: y, w, d, h, m, s, ms
        :param relabelings: Relabelings allows to rewrite labels on metric sets.
        :param scrape_timeout: ScrapeTimeout to use when scraping metrics. Must not be greater than Interval. If not specified, Prometheus' global scrape timeout is used. Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6254933e924645903956b0868d3bd85b9b561f318a4f282c2d3e71b2cc9d1e22)
            check_type(argname="argument additional_labels", value=additional_labels, expected_type=type_hints["additional_labels"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument honor_labels", value=honor_labels, expected_type=type_hints["honor_labels"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument relabelings", value=relabelings, expected_type=type_hints["relabelings"])
            check_type(argname="argument scrape_timeout", value=scrape_timeout, expected_type=type_hints["scrape_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_labels is not None:
            self._values["additional_labels"] = additional_labels
        if enabled is not None:
            self._values["enabled"] = enabled
        if honor_labels is not None:
            self._values["honor_labels"] = honor_labels
        if interval is not None:
            self._values["interval"] = interval
        if relabelings is not None:
            self._values["relabelings"] = relabelings
        if scrape_timeout is not None:
            self._values["scrape_timeout"] = scrape_timeout

    @builtins.property
    def additional_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''AdditionalLabels to add to ServiceMonitor instance.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#additionalLabels
        '''
        result = self._values.get("additional_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if ServiceMonitor is deployed.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def honor_labels(self) -> typing.Optional[builtins.bool]:
        '''HonorLabels chooses the metric’s labels on collisions with target labels.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#honorLabels
        '''
        result = self._values.get("honor_labels")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Interval at which metrics should be scraped.

        If not specified, Prometheus’ global scrape interval is used.
        Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def relabelings(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecDcgmExporterServiceMonitorRelabelings"]]:
        '''Relabelings allows to rewrite labels on metric sets.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#relabelings
        '''
        result = self._values.get("relabelings")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDcgmExporterServiceMonitorRelabelings"]], result)

    @builtins.property
    def scrape_timeout(self) -> typing.Optional[builtins.str]:
        '''ScrapeTimeout to use when scraping metrics.

        Must not be greater than Interval.
        If not specified, Prometheus' global scrape timeout is used.
        Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecDcgmExporterServiceMonitor#scrapeTimeout
        '''
        result = self._values.get("scrape_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterServiceMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterServiceMonitorRelabelings",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class ClusterPolicySpecDcgmExporterServiceMonitorRelabelings:
    def __init__(
        self,
        *,
        action: typing.Optional["ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction"] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RelabelConfig allows dynamic rewriting of the label set for targets, alerts, scraped samples and remote write samples.

        More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config

        :param action: action to perform based on the regex matching. ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0. ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0. Default: "Replace"
        :param modulus: modulus to take of the hash of the source label values. Only applicable when the action is ``HashMod``.
        :param regex: regex defines the regular expression against which the extracted value is matched.
        :param replacement: replacement value against which a Replace action is performed if the regular expression matches. Regex capture groups are available.
        :param separator: separator defines the string between concatenated SourceLabels.
        :param source_labels: sourceLabels defines the source labels select values from existing labels. Their content is concatenated using the configured Separator and matched against the configured regular expression.
        :param target_label: targetLabel defines the label to which the resulting string is written in a replacement. It is mandatory for ``Replace``, ``HashMod``, ``Lowercase``, ``Uppercase``, ``KeepEqual`` and ``DropEqual`` actions. Regex capture groups are available.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__602c510736d3b4a56d186d043f70813f51a06c2ba78eb3dc74b0b20948cbd8c7)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction"]:
        '''action to perform based on the regex matching.

        ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0.
        ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0.

        Default: "Replace"

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction"], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''modulus to take of the hash of the source label values.

        Only applicable when the action is ``HashMod``.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''regex defines the regular expression against which the extracted value is matched.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''replacement value against which a Replace action is performed if the regular expression matches.

        Regex capture groups are available.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''separator defines the string between concatenated SourceLabels.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''sourceLabels defines the source labels select values from existing labels.

        Their content is
        concatenated using the configured Separator and matched against the
        configured regular expression.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''targetLabel defines the label to which the resulting string is written in a replacement.

        It is mandatory for ``Replace``, ``HashMod``, ``Lowercase``, ``Uppercase``,
        ``KeepEqual`` and ``DropEqual`` actions.

        Regex capture groups are available.

        :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelings#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmExporterServiceMonitorRelabelings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction"
)
class ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction(enum.Enum):
    '''action to perform based on the regex matching.

    ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0.
    ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0.

    Default: "Replace"

    :schema: ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction
    '''

    REPLACE = "REPLACE"
    '''replace.'''
    KEEP = "KEEP"
    '''keep.'''
    DROP = "DROP"
    '''drop.'''
    HASHMOD = "HASHMOD"
    '''hashmod.'''
    LABELMAP = "LABELMAP"
    '''labelmap.'''
    LABELDROP = "LABELDROP"
    '''labeldrop.'''
    LABELKEEP = "LABELKEEP"
    '''labelkeep.'''
    LOWERCASE = "LOWERCASE"
    '''lowercase.'''
    UPPERCASE = "UPPERCASE"
    '''uppercase.'''
    KEEPEQUAL = "KEEPEQUAL"
    '''keepequal.'''
    DROPEQUAL = "DROPEQUAL"
    '''dropequal.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecDcgmResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__222753ae3e96ce2166c1e776822b6b32ca056d1dd6cf870fdf430e80d181b4d3)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDcgmResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDcgmResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDcgmResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecDcgmResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecDcgmResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterPolicySpecDcgmResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53c63e3576ad079a749bd9176cab14872ea943e8e30c7065d8cce41f2ab96f53)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ClusterPolicySpecDcgmResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7eae5fd4d540c0f983aa630ef84da01cc0e960d87fb2f3ebc26c5afc753649b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecDcgmResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDcgmResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecDcgmResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDcgmResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afc050efdb980c067225f01c763e15e0237b87f9b402b37cae2babdb3f0b2b81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDcgmResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9670c5904de9c0b521fe77b37ca28f7bbb8bf1088d6f79684946134c76f536be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDcgmResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePlugin",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "config": "config",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "mps": "mps",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecDevicePlugin:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Optional[typing.Union["ClusterPolicySpecDevicePluginConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDevicePluginEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        mps: typing.Optional[typing.Union["ClusterPolicySpecDevicePluginMps", typing.Dict[builtins.str, typing.Any]]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecDevicePluginResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DevicePlugin component spec.

        :param args: Optional: List of arguments.
        :param config: Optional: Configuration for the NVIDIA Device Plugin via the ConfigMap.
        :param enabled: Enabled indicates if deployment of NVIDIA Device Plugin through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Device Plugin pod uses the host's network namespace.
        :param image: NVIDIA Device Plugin image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param mps: Optional: MPS related configuration for the NVIDIA Device Plugin.
        :param repository: NVIDIA Device Plugin image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA Device Plugin image tag.

        :schema: ClusterPolicySpecDevicePlugin
        '''
        if isinstance(config, dict):
            config = ClusterPolicySpecDevicePluginConfig(**config)
        if isinstance(mps, dict):
            mps = ClusterPolicySpecDevicePluginMps(**mps)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecDevicePluginResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac17524b30ba838d5cbda642f023629b997d8131e52f2f80a527aac11bb9922c)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument mps", value=mps, expected_type=type_hints["mps"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if config is not None:
            self._values["config"] = config
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if mps is not None:
            self._values["mps"] = mps
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecDevicePlugin#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Optional["ClusterPolicySpecDevicePluginConfig"]:
        '''Optional: Configuration for the NVIDIA Device Plugin via the ConfigMap.

        :schema: ClusterPolicySpecDevicePlugin#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["ClusterPolicySpecDevicePluginConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA Device Plugin through operator is enabled.

        :schema: ClusterPolicySpecDevicePlugin#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecDevicePluginEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecDevicePlugin#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDevicePluginEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Device Plugin pod uses the host's network namespace.

        :schema: ClusterPolicySpecDevicePlugin#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Device Plugin image name.

        :schema: ClusterPolicySpecDevicePlugin#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecDevicePlugin#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecDevicePlugin#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mps(self) -> typing.Optional["ClusterPolicySpecDevicePluginMps"]:
        '''Optional: MPS related configuration for the NVIDIA Device Plugin.

        :schema: ClusterPolicySpecDevicePlugin#mps
        '''
        result = self._values.get("mps")
        return typing.cast(typing.Optional["ClusterPolicySpecDevicePluginMps"], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Device Plugin image repository.

        :schema: ClusterPolicySpecDevicePlugin#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecDevicePluginResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecDevicePlugin#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecDevicePluginResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Device Plugin image tag.

        :schema: ClusterPolicySpecDevicePlugin#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDevicePlugin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginConfig",
    jsii_struct_bases=[],
    name_mapping={"default": "default", "name": "name"},
)
class ClusterPolicySpecDevicePluginConfig:
    def __init__(
        self,
        *,
        default: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Configuration for the NVIDIA Device Plugin via the ConfigMap.

        :param default: Default config name within the ConfigMap for the NVIDIA Device Plugin config.
        :param name: ConfigMap name for NVIDIA Device Plugin config including shared config between plugin and GFD.

        :schema: ClusterPolicySpecDevicePluginConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faa75b3019e1985c2189dc208d230b64369c0c915a3db1370a1f4e49be339339)
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default is not None:
            self._values["default"] = default
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def default(self) -> typing.Optional[builtins.str]:
        '''Default config name within the ConfigMap for the NVIDIA Device Plugin  config.

        :schema: ClusterPolicySpecDevicePluginConfig#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''ConfigMap name for NVIDIA Device Plugin config including shared config between plugin and GFD.

        :schema: ClusterPolicySpecDevicePluginConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDevicePluginConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDevicePluginEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecDevicePluginEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8da58a1278481bf437e73faf2bcb17c30f355ecfb088e4092ac490d2faf2e737)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecDevicePluginEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecDevicePluginEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDevicePluginEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginMps",
    jsii_struct_bases=[],
    name_mapping={"root": "root"},
)
class ClusterPolicySpecDevicePluginMps:
    def __init__(self, *, root: typing.Optional[builtins.str] = None) -> None:
        '''Optional: MPS related configuration for the NVIDIA Device Plugin.

        :param root: Root defines the MPS root path on the host.

        :schema: ClusterPolicySpecDevicePluginMps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19e13907a524361c170fd940d22f94275b52fa496c8c1ba21de282bd72974327)
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if root is not None:
            self._values["root"] = root

    @builtins.property
    def root(self) -> typing.Optional[builtins.str]:
        '''Root defines the MPS root path on the host.

        :schema: ClusterPolicySpecDevicePluginMps#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDevicePluginMps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecDevicePluginResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDevicePluginResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__201485a6c72284add930201361eb0284d08aa029116af122bb979a9548896cdc)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDevicePluginResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDevicePluginResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDevicePluginResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDevicePluginResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecDevicePluginResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecDevicePluginResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34707b2765bd10b453bad590d37ed131c0f7e3ce9c339589695426e93eaabba0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d703a2dd46e4f5240e3cf074cfc865435d9573d861be95f2eca38afcd0a0c484)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecDevicePluginResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDevicePluginResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecDevicePluginResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cab0fffc4a56d7252123a721df5b8fd43f6084b400c26ecfe7f4acabf0f28e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2926e36ddb2e8e5aef269382403d1564d380312a437b1ea9e08e88cf1db55bf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriver",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "cert_config": "certConfig",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "kernel_module_config": "kernelModuleConfig",
        "kernel_module_type": "kernelModuleType",
        "licensing_config": "licensingConfig",
        "liveness_probe": "livenessProbe",
        "manager": "manager",
        "rdma": "rdma",
        "readiness_probe": "readinessProbe",
        "repo_config": "repoConfig",
        "repository": "repository",
        "resources": "resources",
        "secret_env": "secretEnv",
        "startup_probe": "startupProbe",
        "upgrade_policy": "upgradePolicy",
        "use_nvidia_driver_crd": "useNvidiaDriverCrd",
        "use_open_kernel_modules": "useOpenKernelModules",
        "use_precompiled": "usePrecompiled",
        "version": "version",
        "virtual_topology": "virtualTopology",
    },
)
class ClusterPolicySpecDriver:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        cert_config: typing.Optional[typing.Union["ClusterPolicySpecDriverCertConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDriverEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        kernel_module_config: typing.Optional[typing.Union["ClusterPolicySpecDriverKernelModuleConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        kernel_module_type: typing.Optional["ClusterPolicySpecDriverKernelModuleType"] = None,
        licensing_config: typing.Optional[typing.Union["ClusterPolicySpecDriverLicensingConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["ClusterPolicySpecDriverLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        manager: typing.Optional[typing.Union["ClusterPolicySpecDriverManager", typing.Dict[builtins.str, typing.Any]]] = None,
        rdma: typing.Optional[typing.Union["ClusterPolicySpecDriverRdma", typing.Dict[builtins.str, typing.Any]]] = None,
        readiness_probe: typing.Optional[typing.Union["ClusterPolicySpecDriverReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        repo_config: typing.Optional[typing.Union["ClusterPolicySpecDriverRepoConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecDriverResources", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_env: typing.Optional[builtins.str] = None,
        startup_probe: typing.Optional[typing.Union["ClusterPolicySpecDriverStartupProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        upgrade_policy: typing.Optional[typing.Union["ClusterPolicySpecDriverUpgradePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        use_nvidia_driver_crd: typing.Optional[builtins.bool] = None,
        use_open_kernel_modules: typing.Optional[builtins.bool] = None,
        use_precompiled: typing.Optional[builtins.bool] = None,
        version: typing.Optional[builtins.str] = None,
        virtual_topology: typing.Optional[typing.Union["ClusterPolicySpecDriverVirtualTopology", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Driver component spec.

        :param args: Optional: List of arguments.
        :param cert_config: Optional: Custom certificates configuration for NVIDIA Driver container.
        :param enabled: Enabled indicates if deployment of NVIDIA Driver through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Driver pod uses the host's network namespace.
        :param image: NVIDIA Driver image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param kernel_module_config: Optional: Kernel module configuration parameters for the NVIDIA Driver.
        :param kernel_module_type: KernelModuleType represents the type of driver kernel modules to be used when installing the GPU driver. Accepted values are auto, proprietary and open. NOTE: If auto is chosen, it means that the recommended kernel module type is chosen based on the GPU devices on the host and the driver branch used
        :param licensing_config: Optional: Licensing configuration for NVIDIA vGPU licensing.
        :param liveness_probe: NVIDIA Driver container liveness probe settings.
        :param manager: Manager represents configuration for NVIDIA Driver Manager initContainer.
        :param rdma: GPUDirectRDMASpec defines the properties for nvidia-peermem deployment.
        :param readiness_probe: NVIDIA Driver container readiness probe settings.
        :param repo_config: Optional: Custom repo configuration for NVIDIA Driver container.
        :param repository: NVIDIA Driver image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param secret_env: Optional: SecretEnv represents the name of the Kubernetes Secret with secret environment variables for the NVIDIA Driver.
        :param startup_probe: NVIDIA Driver container startup probe settings.
        :param upgrade_policy: Driver auto-upgrade settings.
        :param use_nvidia_driver_crd: UseNvidiaDriverCRD indicates if the deployment of NVIDIA Driver is managed by the NVIDIADriver CRD type.
        :param use_open_kernel_modules: Deprecated: This field is no longer honored by the gpu-operator. Please use KernelModuleType instead. UseOpenKernelModules indicates if the open GPU kernel modules should be used
        :param use_precompiled: UsePrecompiled indicates if deployment of NVIDIA Driver using pre-compiled modules is enabled.
        :param version: NVIDIA Driver image tag.
        :param virtual_topology: Optional: Virtual Topology Daemon configuration for NVIDIA vGPU drivers.

        :schema: ClusterPolicySpecDriver
        '''
        if isinstance(cert_config, dict):
            cert_config = ClusterPolicySpecDriverCertConfig(**cert_config)
        if isinstance(kernel_module_config, dict):
            kernel_module_config = ClusterPolicySpecDriverKernelModuleConfig(**kernel_module_config)
        if isinstance(licensing_config, dict):
            licensing_config = ClusterPolicySpecDriverLicensingConfig(**licensing_config)
        if isinstance(liveness_probe, dict):
            liveness_probe = ClusterPolicySpecDriverLivenessProbe(**liveness_probe)
        if isinstance(manager, dict):
            manager = ClusterPolicySpecDriverManager(**manager)
        if isinstance(rdma, dict):
            rdma = ClusterPolicySpecDriverRdma(**rdma)
        if isinstance(readiness_probe, dict):
            readiness_probe = ClusterPolicySpecDriverReadinessProbe(**readiness_probe)
        if isinstance(repo_config, dict):
            repo_config = ClusterPolicySpecDriverRepoConfig(**repo_config)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecDriverResources(**resources)
        if isinstance(startup_probe, dict):
            startup_probe = ClusterPolicySpecDriverStartupProbe(**startup_probe)
        if isinstance(upgrade_policy, dict):
            upgrade_policy = ClusterPolicySpecDriverUpgradePolicy(**upgrade_policy)
        if isinstance(virtual_topology, dict):
            virtual_topology = ClusterPolicySpecDriverVirtualTopology(**virtual_topology)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26e9eaf185c331ee4a4e918f78feef708d8f3e0ead46a3a7908ef0c57b1372fd)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument cert_config", value=cert_config, expected_type=type_hints["cert_config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument kernel_module_config", value=kernel_module_config, expected_type=type_hints["kernel_module_config"])
            check_type(argname="argument kernel_module_type", value=kernel_module_type, expected_type=type_hints["kernel_module_type"])
            check_type(argname="argument licensing_config", value=licensing_config, expected_type=type_hints["licensing_config"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument manager", value=manager, expected_type=type_hints["manager"])
            check_type(argname="argument rdma", value=rdma, expected_type=type_hints["rdma"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument repo_config", value=repo_config, expected_type=type_hints["repo_config"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument secret_env", value=secret_env, expected_type=type_hints["secret_env"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument upgrade_policy", value=upgrade_policy, expected_type=type_hints["upgrade_policy"])
            check_type(argname="argument use_nvidia_driver_crd", value=use_nvidia_driver_crd, expected_type=type_hints["use_nvidia_driver_crd"])
            check_type(argname="argument use_open_kernel_modules", value=use_open_kernel_modules, expected_type=type_hints["use_open_kernel_modules"])
            check_type(argname="argument use_precompiled", value=use_precompiled, expected_type=type_hints["use_precompiled"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument virtual_topology", value=virtual_topology, expected_type=type_hints["virtual_topology"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if cert_config is not None:
            self._values["cert_config"] = cert_config
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if kernel_module_config is not None:
            self._values["kernel_module_config"] = kernel_module_config
        if kernel_module_type is not None:
            self._values["kernel_module_type"] = kernel_module_type
        if licensing_config is not None:
            self._values["licensing_config"] = licensing_config
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if manager is not None:
            self._values["manager"] = manager
        if rdma is not None:
            self._values["rdma"] = rdma
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if repo_config is not None:
            self._values["repo_config"] = repo_config
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if secret_env is not None:
            self._values["secret_env"] = secret_env
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if upgrade_policy is not None:
            self._values["upgrade_policy"] = upgrade_policy
        if use_nvidia_driver_crd is not None:
            self._values["use_nvidia_driver_crd"] = use_nvidia_driver_crd
        if use_open_kernel_modules is not None:
            self._values["use_open_kernel_modules"] = use_open_kernel_modules
        if use_precompiled is not None:
            self._values["use_precompiled"] = use_precompiled
        if version is not None:
            self._values["version"] = version
        if virtual_topology is not None:
            self._values["virtual_topology"] = virtual_topology

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecDriver#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cert_config(self) -> typing.Optional["ClusterPolicySpecDriverCertConfig"]:
        '''Optional: Custom certificates configuration for NVIDIA Driver container.

        :schema: ClusterPolicySpecDriver#certConfig
        '''
        result = self._values.get("cert_config")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverCertConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA Driver through operator is enabled.

        :schema: ClusterPolicySpecDriver#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecDriverEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecDriver#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDriverEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Driver pod uses the host's network namespace.

        :schema: ClusterPolicySpecDriver#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Driver image name.

        :schema: ClusterPolicySpecDriver#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecDriver#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecDriver#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def kernel_module_config(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverKernelModuleConfig"]:
        '''Optional: Kernel module configuration parameters for the NVIDIA Driver.

        :schema: ClusterPolicySpecDriver#kernelModuleConfig
        '''
        result = self._values.get("kernel_module_config")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverKernelModuleConfig"], result)

    @builtins.property
    def kernel_module_type(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverKernelModuleType"]:
        '''KernelModuleType represents the type of driver kernel modules to be used when installing the GPU driver.

        Accepted values are auto, proprietary and open. NOTE: If auto is chosen, it means that the recommended kernel module
        type is chosen based on the GPU devices on the host and the driver branch used

        :schema: ClusterPolicySpecDriver#kernelModuleType
        '''
        result = self._values.get("kernel_module_type")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverKernelModuleType"], result)

    @builtins.property
    def licensing_config(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverLicensingConfig"]:
        '''Optional: Licensing configuration for NVIDIA vGPU licensing.

        :schema: ClusterPolicySpecDriver#licensingConfig
        '''
        result = self._values.get("licensing_config")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverLicensingConfig"], result)

    @builtins.property
    def liveness_probe(self) -> typing.Optional["ClusterPolicySpecDriverLivenessProbe"]:
        '''NVIDIA Driver container liveness probe settings.

        :schema: ClusterPolicySpecDriver#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverLivenessProbe"], result)

    @builtins.property
    def manager(self) -> typing.Optional["ClusterPolicySpecDriverManager"]:
        '''Manager represents configuration for NVIDIA Driver Manager initContainer.

        :schema: ClusterPolicySpecDriver#manager
        '''
        result = self._values.get("manager")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverManager"], result)

    @builtins.property
    def rdma(self) -> typing.Optional["ClusterPolicySpecDriverRdma"]:
        '''GPUDirectRDMASpec defines the properties for nvidia-peermem deployment.

        :schema: ClusterPolicySpecDriver#rdma
        '''
        result = self._values.get("rdma")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverRdma"], result)

    @builtins.property
    def readiness_probe(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverReadinessProbe"]:
        '''NVIDIA Driver container readiness probe settings.

        :schema: ClusterPolicySpecDriver#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverReadinessProbe"], result)

    @builtins.property
    def repo_config(self) -> typing.Optional["ClusterPolicySpecDriverRepoConfig"]:
        '''Optional: Custom repo configuration for NVIDIA Driver container.

        :schema: ClusterPolicySpecDriver#repoConfig
        '''
        result = self._values.get("repo_config")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverRepoConfig"], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Driver image repository.

        :schema: ClusterPolicySpecDriver#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecDriverResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecDriver#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverResources"], result)

    @builtins.property
    def secret_env(self) -> typing.Optional[builtins.str]:
        '''Optional: SecretEnv represents the name of the Kubernetes Secret with secret environment variables for the NVIDIA Driver.

        :schema: ClusterPolicySpecDriver#secretEnv
        '''
        result = self._values.get("secret_env")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def startup_probe(self) -> typing.Optional["ClusterPolicySpecDriverStartupProbe"]:
        '''NVIDIA Driver container startup probe settings.

        :schema: ClusterPolicySpecDriver#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverStartupProbe"], result)

    @builtins.property
    def upgrade_policy(self) -> typing.Optional["ClusterPolicySpecDriverUpgradePolicy"]:
        '''Driver auto-upgrade settings.

        :schema: ClusterPolicySpecDriver#upgradePolicy
        '''
        result = self._values.get("upgrade_policy")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverUpgradePolicy"], result)

    @builtins.property
    def use_nvidia_driver_crd(self) -> typing.Optional[builtins.bool]:
        '''UseNvidiaDriverCRD indicates if the deployment of NVIDIA Driver is managed by the NVIDIADriver CRD type.

        :schema: ClusterPolicySpecDriver#useNvidiaDriverCRD
        '''
        result = self._values.get("use_nvidia_driver_crd")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_open_kernel_modules(self) -> typing.Optional[builtins.bool]:
        '''Deprecated: This field is no longer honored by the gpu-operator.

        Please use KernelModuleType instead.
        UseOpenKernelModules indicates if the open GPU kernel modules should be used

        :schema: ClusterPolicySpecDriver#useOpenKernelModules
        '''
        result = self._values.get("use_open_kernel_modules")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_precompiled(self) -> typing.Optional[builtins.bool]:
        '''UsePrecompiled indicates if deployment of NVIDIA Driver using pre-compiled modules is enabled.

        :schema: ClusterPolicySpecDriver#usePrecompiled
        '''
        result = self._values.get("use_precompiled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Driver image tag.

        :schema: ClusterPolicySpecDriver#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def virtual_topology(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverVirtualTopology"]:
        '''Optional: Virtual Topology Daemon configuration for NVIDIA vGPU drivers.

        :schema: ClusterPolicySpecDriver#virtualTopology
        '''
        result = self._values.get("virtual_topology")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverVirtualTopology"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriver(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverCertConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ClusterPolicySpecDriverCertConfig:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Custom certificates configuration for NVIDIA Driver container.

        :param name: 

        :schema: ClusterPolicySpecDriverCertConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29dc6021bfc8ef061b907c4830a1a6093ae33e22e03de4d3a3c3ee06afa0a199)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecDriverCertConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverCertConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDriverEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecDriverEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7845acea0a0dcfd10c603ddd97fc113c898297551e931c4511400da23b0dfbe2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecDriverEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecDriverEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverKernelModuleConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ClusterPolicySpecDriverKernelModuleConfig:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Kernel module configuration parameters for the NVIDIA Driver.

        :param name: 

        :schema: ClusterPolicySpecDriverKernelModuleConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6a7e99f393f5903856e13028df413b30955c2a5faee6a097057aad2192cf735)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecDriverKernelModuleConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverKernelModuleConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverKernelModuleType")
class ClusterPolicySpecDriverKernelModuleType(enum.Enum):
    '''KernelModuleType represents the type of driver kernel modules to be used when installing the GPU driver.

    Accepted values are auto, proprietary and open. NOTE: If auto is chosen, it means that the recommended kernel module
    type is chosen based on the GPU devices on the host and the driver branch used

    :schema: ClusterPolicySpecDriverKernelModuleType
    '''

    AUTO = "AUTO"
    '''auto.'''
    OPEN = "OPEN"
    '''open.'''
    PROPRIETARY = "PROPRIETARY"
    '''proprietary.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverLicensingConfig",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_name": "configMapName",
        "nls_enabled": "nlsEnabled",
        "secret_name": "secretName",
    },
)
class ClusterPolicySpecDriverLicensingConfig:
    def __init__(
        self,
        *,
        config_map_name: typing.Optional[builtins.str] = None,
        nls_enabled: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Licensing configuration for NVIDIA vGPU licensing.

        :param config_map_name: Deprecated: ConfigMapName has been deprecated in favour of SecretName. Please use secrets to handle the licensing server configuration more securely
        :param nls_enabled: NLSEnabled indicates if NVIDIA Licensing System is used for licensing.
        :param secret_name: SecretName indicates the name of the secret containing the licensing token.

        :schema: ClusterPolicySpecDriverLicensingConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ed3a53ba17b2ef4505646072d01407223c8fc9b32508732971c92a3fa8647ba)
            check_type(argname="argument config_map_name", value=config_map_name, expected_type=type_hints["config_map_name"])
            check_type(argname="argument nls_enabled", value=nls_enabled, expected_type=type_hints["nls_enabled"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_name is not None:
            self._values["config_map_name"] = config_map_name
        if nls_enabled is not None:
            self._values["nls_enabled"] = nls_enabled
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def config_map_name(self) -> typing.Optional[builtins.str]:
        '''Deprecated: ConfigMapName has been deprecated in favour of SecretName.

        Please use secrets to handle the licensing server configuration more securely

        :schema: ClusterPolicySpecDriverLicensingConfig#configMapName
        '''
        result = self._values.get("config_map_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nls_enabled(self) -> typing.Optional[builtins.bool]:
        '''NLSEnabled indicates if NVIDIA Licensing System is used for licensing.

        :schema: ClusterPolicySpecDriverLicensingConfig#nlsEnabled
        '''
        result = self._values.get("nls_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''SecretName indicates the name of the secret containing the licensing token.

        :schema: ClusterPolicySpecDriverLicensingConfig#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverLicensingConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "failure_threshold": "failureThreshold",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "timeout_seconds": "timeoutSeconds",
    },
)
class ClusterPolicySpecDriverLivenessProbe:
    def __init__(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''NVIDIA Driver container liveness probe settings.

        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverLivenessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0ffa25ce8ae510bc0592b1a438d410d868c2dec2b8df5f366a86cfad8903555)
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: ClusterPolicySpecDriverLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: ClusterPolicySpecDriverLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: ClusterPolicySpecDriverLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: ClusterPolicySpecDriverLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverManager",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecDriverManager:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecDriverManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Manager represents configuration for NVIDIA Driver Manager initContainer.

        :param env: Optional: List of environment variables.
        :param image: Image represents NVIDIA Driver Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Repository represents Driver Managerrepository path.
        :param version: Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecDriverManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce25a08a8d67eb3d135dbe801a8085174a6e00eb4e2ed293482501c7d67b56f4)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecDriverManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecDriverManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecDriverManagerEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image represents NVIDIA Driver Manager image name.

        :schema: ClusterPolicySpecDriverManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecDriverManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecDriverManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository represents Driver Managerrepository path.

        :schema: ClusterPolicySpecDriverManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecDriverManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecDriverManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecDriverManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77253aec8f24e261cc865ebded453c620052e4cf3eeae002f1b9bc467089cc06)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecDriverManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecDriverManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverRdma",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "use_host_mofed": "useHostMofed"},
)
class ClusterPolicySpecDriverRdma:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        use_host_mofed: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''GPUDirectRDMASpec defines the properties for nvidia-peermem deployment.

        :param enabled: Enabled indicates if GPUDirect RDMA is enabled through GPU operator.
        :param use_host_mofed: UseHostMOFED indicates to use MOFED drivers directly installed on the host to enable GPUDirect RDMA.

        :schema: ClusterPolicySpecDriverRdma
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6829a0be1dea585e1af71667a45c308790add43bc34abb501fdbd885b6fa264)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument use_host_mofed", value=use_host_mofed, expected_type=type_hints["use_host_mofed"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if use_host_mofed is not None:
            self._values["use_host_mofed"] = use_host_mofed

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if GPUDirect RDMA is enabled through GPU operator.

        :schema: ClusterPolicySpecDriverRdma#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_host_mofed(self) -> typing.Optional[builtins.bool]:
        '''UseHostMOFED indicates to use MOFED drivers directly installed on the host to enable GPUDirect RDMA.

        :schema: ClusterPolicySpecDriverRdma#useHostMofed
        '''
        result = self._values.get("use_host_mofed")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverRdma(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "failure_threshold": "failureThreshold",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "timeout_seconds": "timeoutSeconds",
    },
)
class ClusterPolicySpecDriverReadinessProbe:
    def __init__(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''NVIDIA Driver container readiness probe settings.

        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverReadinessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8b79d85b239d4bd87d8f8da003689ac32f5b0fbf4cfd0bb56d3cfeeaab93f98)
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: ClusterPolicySpecDriverReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: ClusterPolicySpecDriverReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: ClusterPolicySpecDriverReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: ClusterPolicySpecDriverReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverRepoConfig",
    jsii_struct_bases=[],
    name_mapping={"config_map_name": "configMapName"},
)
class ClusterPolicySpecDriverRepoConfig:
    def __init__(
        self,
        *,
        config_map_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Custom repo configuration for NVIDIA Driver container.

        :param config_map_name: 

        :schema: ClusterPolicySpecDriverRepoConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b21fdf35129e746f053327b363e01631224743ea8baba0fdf4e92218df084462)
            check_type(argname="argument config_map_name", value=config_map_name, expected_type=type_hints["config_map_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_name is not None:
            self._values["config_map_name"] = config_map_name

    @builtins.property
    def config_map_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecDriverRepoConfig#configMapName
        '''
        result = self._values.get("config_map_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverRepoConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecDriverResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDriverResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66c3ff2980a65e3ca9de5db5c2929091092d98b3b78a90a5d449913a62f3c4e8)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDriverResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecDriverResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecDriverResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecDriverResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecDriverResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDriverResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d090b87afb0d967ea49288961d3ecab78dcbc60c2e05a8e23d142815ae30340a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDriverResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae228fc8b1b8236722fc7d2231fae55068e8b20c9d4fd6c913dd7254572af2b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecDriverResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecDriverResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDriverResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b7657be93a93b2f5220819d4e75868bdd0894d38393cc61719be9b4819b4caf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDriverResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3797d0c20865df977f50166328682953f2ca009f5dea273d764b1591d5154306)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverStartupProbe",
    jsii_struct_bases=[],
    name_mapping={
        "failure_threshold": "failureThreshold",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "timeout_seconds": "timeoutSeconds",
    },
)
class ClusterPolicySpecDriverStartupProbe:
    def __init__(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''NVIDIA Driver container startup probe settings.

        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverStartupProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3145c242b27549b82949689e9ca0d22546b4117de2538010e26661adff8d81a4)
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: ClusterPolicySpecDriverStartupProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: ClusterPolicySpecDriverStartupProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: ClusterPolicySpecDriverStartupProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: ClusterPolicySpecDriverStartupProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: ClusterPolicySpecDriverStartupProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverStartupProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverUpgradePolicy",
    jsii_struct_bases=[],
    name_mapping={
        "auto_upgrade": "autoUpgrade",
        "drain": "drain",
        "max_parallel_upgrades": "maxParallelUpgrades",
        "max_unavailable": "maxUnavailable",
        "pod_deletion": "podDeletion",
        "wait_for_completion": "waitForCompletion",
    },
)
class ClusterPolicySpecDriverUpgradePolicy:
    def __init__(
        self,
        *,
        auto_upgrade: typing.Optional[builtins.bool] = None,
        drain: typing.Optional[typing.Union["ClusterPolicySpecDriverUpgradePolicyDrain", typing.Dict[builtins.str, typing.Any]]] = None,
        max_parallel_upgrades: typing.Optional[jsii.Number] = None,
        max_unavailable: typing.Optional["ClusterPolicySpecDriverUpgradePolicyMaxUnavailable"] = None,
        pod_deletion: typing.Optional[typing.Union["ClusterPolicySpecDriverUpgradePolicyPodDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        wait_for_completion: typing.Optional[typing.Union["ClusterPolicySpecDriverUpgradePolicyWaitForCompletion", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Driver auto-upgrade settings.

        :param auto_upgrade: AutoUpgrade is a global switch for automatic upgrade feature if set to false all other options are ignored.
        :param drain: DrainSpec describes configuration for node drain during automatic upgrade.
        :param max_parallel_upgrades: MaxParallelUpgrades indicates how many nodes can be upgraded in parallel 0 means no limit, all nodes will be upgraded in parallel.
        :param max_unavailable: MaxUnavailable is the maximum number of nodes with the driver installed, that can be unavailable during the upgrade. Value can be an absolute number (ex: 5) or a percentage of total nodes at the start of upgrade (ex: 10%). Absolute number is calculated from percentage by rounding up. By default, a fixed value of 25% is used.
        :param pod_deletion: PodDeletionSpec describes configuration for deletion of pods using special resources during automatic upgrade.
        :param wait_for_completion: WaitForCompletionSpec describes the configuration for waiting on job completions.

        :schema: ClusterPolicySpecDriverUpgradePolicy
        '''
        if isinstance(drain, dict):
            drain = ClusterPolicySpecDriverUpgradePolicyDrain(**drain)
        if isinstance(pod_deletion, dict):
            pod_deletion = ClusterPolicySpecDriverUpgradePolicyPodDeletion(**pod_deletion)
        if isinstance(wait_for_completion, dict):
            wait_for_completion = ClusterPolicySpecDriverUpgradePolicyWaitForCompletion(**wait_for_completion)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2027dc3bfe40fae0d93b78a498f39acc425644c286375da67cb8c5c420ac17d)
            check_type(argname="argument auto_upgrade", value=auto_upgrade, expected_type=type_hints["auto_upgrade"])
            check_type(argname="argument drain", value=drain, expected_type=type_hints["drain"])
            check_type(argname="argument max_parallel_upgrades", value=max_parallel_upgrades, expected_type=type_hints["max_parallel_upgrades"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument pod_deletion", value=pod_deletion, expected_type=type_hints["pod_deletion"])
            check_type(argname="argument wait_for_completion", value=wait_for_completion, expected_type=type_hints["wait_for_completion"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_upgrade is not None:
            self._values["auto_upgrade"] = auto_upgrade
        if drain is not None:
            self._values["drain"] = drain
        if max_parallel_upgrades is not None:
            self._values["max_parallel_upgrades"] = max_parallel_upgrades
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if pod_deletion is not None:
            self._values["pod_deletion"] = pod_deletion
        if wait_for_completion is not None:
            self._values["wait_for_completion"] = wait_for_completion

    @builtins.property
    def auto_upgrade(self) -> typing.Optional[builtins.bool]:
        '''AutoUpgrade is a global switch for automatic upgrade feature if set to false all other options are ignored.

        :schema: ClusterPolicySpecDriverUpgradePolicy#autoUpgrade
        '''
        result = self._values.get("auto_upgrade")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def drain(self) -> typing.Optional["ClusterPolicySpecDriverUpgradePolicyDrain"]:
        '''DrainSpec describes configuration for node drain during automatic upgrade.

        :schema: ClusterPolicySpecDriverUpgradePolicy#drain
        '''
        result = self._values.get("drain")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverUpgradePolicyDrain"], result)

    @builtins.property
    def max_parallel_upgrades(self) -> typing.Optional[jsii.Number]:
        '''MaxParallelUpgrades indicates how many nodes can be upgraded in parallel 0 means no limit, all nodes will be upgraded in parallel.

        :schema: ClusterPolicySpecDriverUpgradePolicy#maxParallelUpgrades
        '''
        result = self._values.get("max_parallel_upgrades")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverUpgradePolicyMaxUnavailable"]:
        '''MaxUnavailable is the maximum number of nodes with the driver installed, that can be unavailable during the upgrade.

        Value can be an absolute number (ex: 5) or a percentage of total nodes at the start of upgrade (ex: 10%).
        Absolute number is calculated from percentage by rounding up.
        By default, a fixed value of 25% is used.

        :schema: ClusterPolicySpecDriverUpgradePolicy#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverUpgradePolicyMaxUnavailable"], result)

    @builtins.property
    def pod_deletion(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverUpgradePolicyPodDeletion"]:
        '''PodDeletionSpec describes configuration for deletion of pods using special resources during automatic upgrade.

        :schema: ClusterPolicySpecDriverUpgradePolicy#podDeletion
        '''
        result = self._values.get("pod_deletion")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverUpgradePolicyPodDeletion"], result)

    @builtins.property
    def wait_for_completion(
        self,
    ) -> typing.Optional["ClusterPolicySpecDriverUpgradePolicyWaitForCompletion"]:
        '''WaitForCompletionSpec describes the configuration for waiting on job completions.

        :schema: ClusterPolicySpecDriverUpgradePolicy#waitForCompletion
        '''
        result = self._values.get("wait_for_completion")
        return typing.cast(typing.Optional["ClusterPolicySpecDriverUpgradePolicyWaitForCompletion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverUpgradePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverUpgradePolicyDrain",
    jsii_struct_bases=[],
    name_mapping={
        "delete_empty_dir": "deleteEmptyDir",
        "enable": "enable",
        "force": "force",
        "pod_selector": "podSelector",
        "timeout_seconds": "timeoutSeconds",
    },
)
class ClusterPolicySpecDriverUpgradePolicyDrain:
    def __init__(
        self,
        *,
        delete_empty_dir: typing.Optional[builtins.bool] = None,
        enable: typing.Optional[builtins.bool] = None,
        force: typing.Optional[builtins.bool] = None,
        pod_selector: typing.Optional[builtins.str] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''DrainSpec describes configuration for node drain during automatic upgrade.

        :param delete_empty_dir: DeleteEmptyDir indicates if should continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).
        :param enable: Enable indicates if node draining is allowed during upgrade.
        :param force: Force indicates if force draining is allowed.
        :param pod_selector: PodSelector specifies a label selector to filter pods on the node that need to be drained For more details on label selectors, see: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors.
        :param timeout_seconds: TimeoutSecond specifies the length of time in seconds to wait before giving up drain, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1c834e227be1b33732a10c1e4bbb94b957907a0600c136fb675b86e673b1e65)
            check_type(argname="argument delete_empty_dir", value=delete_empty_dir, expected_type=type_hints["delete_empty_dir"])
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument force", value=force, expected_type=type_hints["force"])
            check_type(argname="argument pod_selector", value=pod_selector, expected_type=type_hints["pod_selector"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_empty_dir is not None:
            self._values["delete_empty_dir"] = delete_empty_dir
        if enable is not None:
            self._values["enable"] = enable
        if force is not None:
            self._values["force"] = force
        if pod_selector is not None:
            self._values["pod_selector"] = pod_selector
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def delete_empty_dir(self) -> typing.Optional[builtins.bool]:
        '''DeleteEmptyDir indicates if should continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain#deleteEmptyDir
        '''
        result = self._values.get("delete_empty_dir")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable(self) -> typing.Optional[builtins.bool]:
        '''Enable indicates if node draining is allowed during upgrade.

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain#enable
        '''
        result = self._values.get("enable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def force(self) -> typing.Optional[builtins.bool]:
        '''Force indicates if force draining is allowed.

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain#force
        '''
        result = self._values.get("force")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pod_selector(self) -> typing.Optional[builtins.str]:
        '''PodSelector specifies a label selector to filter pods on the node that need to be drained For more details on label selectors, see: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors.

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain#podSelector
        '''
        result = self._values.get("pod_selector")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSecond specifies the length of time in seconds to wait before giving up drain, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyDrain#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverUpgradePolicyDrain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecDriverUpgradePolicyMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverUpgradePolicyMaxUnavailable",
):
    '''MaxUnavailable is the maximum number of nodes with the driver installed, that can be unavailable during the upgrade.

    Value can be an absolute number (ex: 5) or a percentage of total nodes at the start of upgrade (ex: 10%).
    Absolute number is calculated from percentage by rounding up.
    By default, a fixed value of 25% is used.

    :schema: ClusterPolicySpecDriverUpgradePolicyMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecDriverUpgradePolicyMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a06942dca30305192ccc5a4eef8753f91314283f7a945acfffb42ecd9fdfb8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverUpgradePolicyMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecDriverUpgradePolicyMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7169c29e66f57627d4798495904c874033dd141da36c8edd91d4a58d3109e56e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecDriverUpgradePolicyMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverUpgradePolicyPodDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "delete_empty_dir": "deleteEmptyDir",
        "force": "force",
        "timeout_seconds": "timeoutSeconds",
    },
)
class ClusterPolicySpecDriverUpgradePolicyPodDeletion:
    def __init__(
        self,
        *,
        delete_empty_dir: typing.Optional[builtins.bool] = None,
        force: typing.Optional[builtins.bool] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''PodDeletionSpec describes configuration for deletion of pods using special resources during automatic upgrade.

        :param delete_empty_dir: DeleteEmptyDir indicates if should continue even if there are pods using emptyDir (local data that will be deleted when the pod is deleted).
        :param force: Force indicates if force deletion is allowed.
        :param timeout_seconds: TimeoutSecond specifies the length of time in seconds to wait before giving up on pod termination, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyPodDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57c6ea962285294b3b00e5ac3d14c1e07157b0ce0334f1a672d0f2d2bc1358b5)
            check_type(argname="argument delete_empty_dir", value=delete_empty_dir, expected_type=type_hints["delete_empty_dir"])
            check_type(argname="argument force", value=force, expected_type=type_hints["force"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_empty_dir is not None:
            self._values["delete_empty_dir"] = delete_empty_dir
        if force is not None:
            self._values["force"] = force
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def delete_empty_dir(self) -> typing.Optional[builtins.bool]:
        '''DeleteEmptyDir indicates if should continue even if there are pods using emptyDir (local data that will be deleted when the pod is deleted).

        :schema: ClusterPolicySpecDriverUpgradePolicyPodDeletion#deleteEmptyDir
        '''
        result = self._values.get("delete_empty_dir")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def force(self) -> typing.Optional[builtins.bool]:
        '''Force indicates if force deletion is allowed.

        :schema: ClusterPolicySpecDriverUpgradePolicyPodDeletion#force
        '''
        result = self._values.get("force")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSecond specifies the length of time in seconds to wait before giving up on pod termination, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyPodDeletion#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverUpgradePolicyPodDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverUpgradePolicyWaitForCompletion",
    jsii_struct_bases=[],
    name_mapping={"pod_selector": "podSelector", "timeout_seconds": "timeoutSeconds"},
)
class ClusterPolicySpecDriverUpgradePolicyWaitForCompletion:
    def __init__(
        self,
        *,
        pod_selector: typing.Optional[builtins.str] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''WaitForCompletionSpec describes the configuration for waiting on job completions.

        :param pod_selector: PodSelector specifies a label selector for the pods to wait for completion For more details on label selectors, see: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors.
        :param timeout_seconds: TimeoutSecond specifies the length of time in seconds to wait before giving up on pod termination, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyWaitForCompletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__621ed7f0f81282eb094d86dca863037da1a3e05a831117906bfbc53b9a9af823)
            check_type(argname="argument pod_selector", value=pod_selector, expected_type=type_hints["pod_selector"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_selector is not None:
            self._values["pod_selector"] = pod_selector
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def pod_selector(self) -> typing.Optional[builtins.str]:
        '''PodSelector specifies a label selector for the pods to wait for completion For more details on label selectors, see: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors.

        :schema: ClusterPolicySpecDriverUpgradePolicyWaitForCompletion#podSelector
        '''
        result = self._values.get("pod_selector")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSecond specifies the length of time in seconds to wait before giving up on pod termination, zero means infinite.

        :schema: ClusterPolicySpecDriverUpgradePolicyWaitForCompletion#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverUpgradePolicyWaitForCompletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecDriverVirtualTopology",
    jsii_struct_bases=[],
    name_mapping={"config": "config"},
)
class ClusterPolicySpecDriverVirtualTopology:
    def __init__(self, *, config: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Virtual Topology Daemon configuration for NVIDIA vGPU drivers.

        :param config: Optional: Config name representing virtual topology daemon configuration file nvidia-topologyd.conf.

        :schema: ClusterPolicySpecDriverVirtualTopology
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8863a3a8e6fb6412a06c11142912b60d282b2d4e4f805cab40238f9533c6c0ad)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config

    @builtins.property
    def config(self) -> typing.Optional[builtins.str]:
        '''Optional: Config name representing virtual topology daemon configuration file nvidia-topologyd.conf.

        :schema: ClusterPolicySpecDriverVirtualTopology#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecDriverVirtualTopology(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGdrcopy",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecGdrcopy:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecGdrcopyEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GDRCopy component spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if GDRCopy is enabled through GPU Operator.
        :param env: Optional: List of environment variables.
        :param image: NVIDIA GDRCopy driver image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA GDRCopy driver image repository.
        :param version: NVIDIA GDRCopy driver image tag.

        :schema: ClusterPolicySpecGdrcopy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e969aa547d7a1c02db4fc3df1c76ab0e6ef38c90187c589d825cefe4b231119f)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecGdrcopy#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if GDRCopy is enabled through GPU Operator.

        :schema: ClusterPolicySpecGdrcopy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecGdrcopyEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecGdrcopy#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecGdrcopyEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GDRCopy driver image name.

        :schema: ClusterPolicySpecGdrcopy#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecGdrcopy#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecGdrcopy#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GDRCopy driver image repository.

        :schema: ClusterPolicySpecGdrcopy#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GDRCopy driver image tag.

        :schema: ClusterPolicySpecGdrcopy#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGdrcopy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGdrcopyEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecGdrcopyEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecGdrcopyEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c26346e51fee7924ff39df3b80cfbd9689a754172fe0972e5316f077bef482dc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecGdrcopyEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecGdrcopyEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGdrcopyEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGds",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecGds:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecGdsEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GPUDirectStorage defines the spec for GDS components(Experimental).

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if GPUDirect Storage is enabled through GPU operator.
        :param env: Optional: List of environment variables.
        :param image: NVIDIA GPUDirect Storage Driver image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA GPUDirect Storage Driver image repository.
        :param version: NVIDIA GPUDirect Storage Driver image tag.

        :schema: ClusterPolicySpecGds
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc315ac5d4c41709f55c1a37d6b8f9e7a18d06d4b22d491c00c1a70c5be4b4b3)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecGds#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if GPUDirect Storage is enabled through GPU operator.

        :schema: ClusterPolicySpecGds#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecGdsEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecGds#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecGdsEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GPUDirect Storage Driver image name.

        :schema: ClusterPolicySpecGds#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecGds#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecGds#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GPUDirect Storage Driver image repository.

        :schema: ClusterPolicySpecGds#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA GPUDirect Storage Driver image tag.

        :schema: ClusterPolicySpecGds#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGds(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGdsEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecGdsEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecGdsEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7de5bfa1f8d3cea31b82f671072456d96c44de1bc2d4e5147d97f742afe62738)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecGdsEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecGdsEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGdsEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGfd",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecGfd:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecGfdEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecGfdResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GPUFeatureDiscovery spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of GPU Feature Discovery Plugin is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the GPU Feature Discovery pod uses the host's network namespace.
        :param image: GFD image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: GFD image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: GFD image tag.

        :schema: ClusterPolicySpecGfd
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecGfdResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71e10c5bb024668d3baf8d6cdcfc597b9f6ac2b5eabd7490ea6773eea9367926)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecGfd#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of GPU Feature Discovery Plugin is enabled.

        :schema: ClusterPolicySpecGfd#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecGfdEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecGfd#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecGfdEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the GPU Feature Discovery pod uses the host's network namespace.

        :schema: ClusterPolicySpecGfd#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''GFD image name.

        :schema: ClusterPolicySpecGfd#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecGfd#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecGfd#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''GFD image repository.

        :schema: ClusterPolicySpecGfd#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecGfdResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecGfd#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecGfdResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''GFD image tag.

        :schema: ClusterPolicySpecGfd#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGfd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGfdEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecGfdEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecGfdEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ddd02d0df5cb76f2f402cd37b78679279c5a56ad0dcf54fe1763db2b922e73d3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecGfdEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecGfdEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGfdEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGfdResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecGfdResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecGfdResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce47db378419e7c0e21dc1cd72a4d972674384ee5e4d03d7ad7dc8fb48afd7eb)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecGfdResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecGfdResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecGfdResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecGfdResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecGfdResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGfdResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecGfdResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterPolicySpecGfdResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14905456f09da873f4c7467822e28d637c521dff2b5f679659ba1c31e9b8fe42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecGfdResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ClusterPolicySpecGfdResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75a3d0e0a51a768ea1d431856652fb8ee79cded0b0fb1da7b4883cf747cf1319)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecGfdResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecGfdResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecGfdResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecGfdResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterPolicySpecGfdResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__deb703a806e514b83308f30aa4edbeaffd85a5bd21a7a2b3d880c39092f0ab2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecGfdResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecGfdResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5fb09d33b1136dd358891ddaa6223904af490f79112a79c02eb3746d63379111)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecGfdResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecHostPaths",
    jsii_struct_bases=[],
    name_mapping={
        "driver_install_dir": "driverInstallDir",
        "kubelet_root_dir": "kubeletRootDir",
        "root_fs": "rootFs",
    },
)
class ClusterPolicySpecHostPaths:
    def __init__(
        self,
        *,
        driver_install_dir: typing.Optional[builtins.str] = None,
        kubelet_root_dir: typing.Optional[builtins.str] = None,
        root_fs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HostPaths defines various paths on the host needed by GPU Operator components.

        :param driver_install_dir: DriverInstallDir represents the root at which driver files including libraries, config files, and executables can be found.
        :param kubelet_root_dir: KubeletRootDir represents the location of the kubelet root directory. If empty, it will default to "/var/lib/kubelet".
        :param root_fs: RootFS represents the path to the root filesystem of the host. This is used by components that need to interact with the host filesystem and as such this must be a chroot-able filesystem. Examples include the MIG Manager and Toolkit Container which may need to stop, start, or restart systemd services.

        :schema: ClusterPolicySpecHostPaths
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d46a085d8258ec7e66ab6ffe06576e1092fe7f2c02a998aaa9a5ac9b92d8adc7)
            check_type(argname="argument driver_install_dir", value=driver_install_dir, expected_type=type_hints["driver_install_dir"])
            check_type(argname="argument kubelet_root_dir", value=kubelet_root_dir, expected_type=type_hints["kubelet_root_dir"])
            check_type(argname="argument root_fs", value=root_fs, expected_type=type_hints["root_fs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if driver_install_dir is not None:
            self._values["driver_install_dir"] = driver_install_dir
        if kubelet_root_dir is not None:
            self._values["kubelet_root_dir"] = kubelet_root_dir
        if root_fs is not None:
            self._values["root_fs"] = root_fs

    @builtins.property
    def driver_install_dir(self) -> typing.Optional[builtins.str]:
        '''DriverInstallDir represents the root at which driver files including libraries, config files, and executables can be found.

        :schema: ClusterPolicySpecHostPaths#driverInstallDir
        '''
        result = self._values.get("driver_install_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubelet_root_dir(self) -> typing.Optional[builtins.str]:
        '''KubeletRootDir represents the location of the kubelet root directory.

        If empty, it will default to "/var/lib/kubelet".

        :schema: ClusterPolicySpecHostPaths#kubeletRootDir
        '''
        result = self._values.get("kubelet_root_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_fs(self) -> typing.Optional[builtins.str]:
        '''RootFS represents the path to the root filesystem of the host.

        This is used by components that need to interact with the host filesystem
        and as such this must be a chroot-able filesystem.
        Examples include the MIG Manager and Toolkit Container which may need to
        stop, start, or restart systemd services.

        :schema: ClusterPolicySpecHostPaths#rootFS
        '''
        result = self._values.get("root_fs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecHostPaths(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "config": "config",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecKataManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Optional[typing.Union["ClusterPolicySpecKataManagerConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecKataManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecKataManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Deprecated: This field is no longer honored by the GPU Operator.

        All values under this field are ignored.
        KataManager component spec

        :param args: Optional: List of arguments.
        :param config: Kata Manager config.
        :param enabled: Enabled indicates if deployment of Kata Manager is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Kata Manager pod uses the host's network namespace.
        :param image: Kata Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Kata Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: Kata Manager image tag.

        :schema: ClusterPolicySpecKataManager
        '''
        if isinstance(config, dict):
            config = ClusterPolicySpecKataManagerConfig(**config)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecKataManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9cc61501f483de338d2e1262a078f895050265dcd0e847641a59b72d0c479776)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if config is not None:
            self._values["config"] = config
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecKataManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Optional["ClusterPolicySpecKataManagerConfig"]:
        '''Kata Manager config.

        :schema: ClusterPolicySpecKataManager#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["ClusterPolicySpecKataManagerConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of Kata Manager is enabled.

        :schema: ClusterPolicySpecKataManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecKataManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecKataManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecKataManagerEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Kata Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecKataManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Kata Manager image name.

        :schema: ClusterPolicySpecKataManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecKataManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecKataManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Kata Manager image repository.

        :schema: ClusterPolicySpecKataManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecKataManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecKataManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecKataManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Kata Manager image tag.

        :schema: ClusterPolicySpecKataManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerConfig",
    jsii_struct_bases=[],
    name_mapping={
        "artifacts_dir": "artifactsDir",
        "runtime_classes": "runtimeClasses",
    },
)
class ClusterPolicySpecKataManagerConfig:
    def __init__(
        self,
        *,
        artifacts_dir: typing.Optional[builtins.str] = None,
        runtime_classes: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecKataManagerConfigRuntimeClasses", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Kata Manager config.

        :param artifacts_dir: ArtifactsDir is the directory where kata artifacts (e.g. kernel / guest images, configuration, etc.) are placed on the local filesystem.
        :param runtime_classes: RuntimeClasses is a list of kata runtime classes to configure.

        :schema: ClusterPolicySpecKataManagerConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cf18a0cf8bea9e3ea2df65360091b902aa5736fcbfd6794c4fdff4e49291015)
            check_type(argname="argument artifacts_dir", value=artifacts_dir, expected_type=type_hints["artifacts_dir"])
            check_type(argname="argument runtime_classes", value=runtime_classes, expected_type=type_hints["runtime_classes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if artifacts_dir is not None:
            self._values["artifacts_dir"] = artifacts_dir
        if runtime_classes is not None:
            self._values["runtime_classes"] = runtime_classes

    @builtins.property
    def artifacts_dir(self) -> typing.Optional[builtins.str]:
        '''ArtifactsDir is the directory where kata artifacts (e.g. kernel / guest images, configuration, etc.) are placed on the local filesystem.

        :schema: ClusterPolicySpecKataManagerConfig#artifactsDir
        '''
        result = self._values.get("artifacts_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def runtime_classes(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecKataManagerConfigRuntimeClasses"]]:
        '''RuntimeClasses is a list of kata runtime classes to configure.

        :schema: ClusterPolicySpecKataManagerConfig#runtimeClasses
        '''
        result = self._values.get("runtime_classes")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecKataManagerConfigRuntimeClasses"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManagerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerConfigRuntimeClasses",
    jsii_struct_bases=[],
    name_mapping={
        "artifacts": "artifacts",
        "name": "name",
        "node_selector": "nodeSelector",
    },
)
class ClusterPolicySpecKataManagerConfigRuntimeClasses:
    def __init__(
        self,
        *,
        artifacts: typing.Union["ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''RuntimeClass defines the configuration for a kata RuntimeClass.

        :param artifacts: Artifacts are the kata artifacts associated with the runtime class.
        :param name: Name is the name of the kata runtime class.
        :param node_selector: NodeSelector specifies the nodeSelector for the RuntimeClass object. This ensures pods running with the RuntimeClass only get scheduled onto nodes which support it.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClasses
        '''
        if isinstance(artifacts, dict):
            artifacts = ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts(**artifacts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__901e67c4778826d1bfe6bb2a3a361b932f07816899808c1834b0d32f81ca277f)
            check_type(argname="argument artifacts", value=artifacts, expected_type=type_hints["artifacts"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "artifacts": artifacts,
            "name": name,
        }
        if node_selector is not None:
            self._values["node_selector"] = node_selector

    @builtins.property
    def artifacts(self) -> "ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts":
        '''Artifacts are the kata artifacts associated with the runtime class.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClasses#artifacts
        '''
        result = self._values.get("artifacts")
        assert result is not None, "Required property 'artifacts' is missing"
        return typing.cast("ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the kata runtime class.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClasses#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''NodeSelector specifies the nodeSelector for the RuntimeClass object.

        This ensures pods running with the RuntimeClass only get scheduled
        onto nodes which support it.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClasses#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManagerConfigRuntimeClasses(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts",
    jsii_struct_bases=[],
    name_mapping={"url": "url", "pull_secret": "pullSecret"},
)
class ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts:
    def __init__(
        self,
        *,
        url: builtins.str,
        pull_secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Artifacts are the kata artifacts associated with the runtime class.

        :param url: URL is the path to the OCI artifact (payload) containing all artifacts associated with a kata runtime class.
        :param pull_secret: PullSecret is the secret used to pull the OCI artifact.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83b3b03aba3b68902a945dde3d572ef6fe008f5ec17eda5fac1871170d9be6d7)
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument pull_secret", value=pull_secret, expected_type=type_hints["pull_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "url": url,
        }
        if pull_secret is not None:
            self._values["pull_secret"] = pull_secret

    @builtins.property
    def url(self) -> builtins.str:
        '''URL is the path to the OCI artifact (payload) containing all artifacts associated with a kata runtime class.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def pull_secret(self) -> typing.Optional[builtins.str]:
        '''PullSecret is the secret used to pull the OCI artifact.

        :schema: ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts#pullSecret
        '''
        result = self._values.get("pull_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecKataManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecKataManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82fad1bc5b323964e7c7b05b54d125cf252afe4e680ece1e56a40d5edad91966)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecKataManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecKataManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecKataManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13606d481d5c02ccec9245f1bda3f8ab22a3b1bb43a99a49704492cc11af4fb1)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecKataManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecKataManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecKataManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b36bb2dc6f69af4064c93ca5c14c7749870d91c1ee830a345757b0e91202e950)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecKataManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f759a372658a301451871bd306795b9670cf3f0d664ea70ffb0b318ddc27b35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecKataManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecKataManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecKataManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d72bfd62cdd0228afe5a640b70a5e3fd7346d19f505ea3ce7fbebe85e396e6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecKataManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7668995afa4aba14a1c6e0115ccb3f960625d1e0b5c6f265fa7380c7ed73cf91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataSandboxDevicePlugin",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecKataSandboxDevicePlugin:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecKataSandboxDevicePluginEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecKataSandboxDevicePluginResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KataSandboxDevicePlugin component spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of NVIDIA component through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Kata Sandbox Device Plugin pod uses the host's network namespace.
        :param image: NVIDIA component image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA component image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA component image tag.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecKataSandboxDevicePluginResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecac6c4ddec3463ab0f7b81938a6b28760ee945048ba880917fe6b530670ef44)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA component through operator is enabled.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecKataSandboxDevicePluginEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecKataSandboxDevicePluginEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Kata Sandbox Device Plugin pod uses the host's network namespace.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA component image name.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA component image repository.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["ClusterPolicySpecKataSandboxDevicePluginResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecKataSandboxDevicePluginResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA component image tag.

        :schema: ClusterPolicySpecKataSandboxDevicePlugin#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataSandboxDevicePlugin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataSandboxDevicePluginEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecKataSandboxDevicePluginEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecKataSandboxDevicePluginEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db843c5ea6a06cde604913d47afeb7f9239ec7598e17d4cb21441e6a127d72bf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecKataSandboxDevicePluginEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecKataSandboxDevicePluginEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataSandboxDevicePluginEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataSandboxDevicePluginResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecKataSandboxDevicePluginResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataSandboxDevicePluginResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b3c275b983136e7173ade12a03f7852dcdfdf509a65c68726ec3927b1e41390)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataSandboxDevicePluginResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecKataSandboxDevicePluginResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecKataSandboxDevicePluginResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecKataSandboxDevicePluginResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataSandboxDevicePluginResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecKataSandboxDevicePluginResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8b36453b0ce9c3b587f078ddae115752186748546c51fabcfa137042edd39bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataSandboxDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe77cab4a933b49956c2c05611a6470171b5b69512770ab265d3d57ab06ceab6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataSandboxDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecKataSandboxDevicePluginResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecKataSandboxDevicePluginResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecKataSandboxDevicePluginResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e575d8d886c47be795e6aac4fd63e69da3ea899454b6cd2fecd407168770ba6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataSandboxDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24a7930582baaea2b7869b4fea0c85183d160b4ddc538ada49a2ae5707ee85f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecKataSandboxDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMig",
    jsii_struct_bases=[],
    name_mapping={"strategy": "strategy"},
)
class ClusterPolicySpecMig:
    def __init__(
        self,
        *,
        strategy: typing.Optional["ClusterPolicySpecMigStrategy"] = None,
    ) -> None:
        '''MIG spec.

        :param strategy: Optional: MIGStrategy to apply for GFD and NVIDIA Device Plugin.

        :schema: ClusterPolicySpecMig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__986f96a386ae15626a5207274422682b2a09bc235fc2a2c0f79dbb9553f1b9b6)
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def strategy(self) -> typing.Optional["ClusterPolicySpecMigStrategy"]:
        '''Optional: MIGStrategy to apply for GFD and NVIDIA Device Plugin.

        :schema: ClusterPolicySpecMig#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ClusterPolicySpecMigStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "config": "config",
        "enabled": "enabled",
        "env": "env",
        "gpu_clients_config": "gpuClientsConfig",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecMigManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Optional[typing.Union["ClusterPolicySpecMigManagerConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecMigManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        gpu_clients_config: typing.Optional[typing.Union["ClusterPolicySpecMigManagerGpuClientsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecMigManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MIGManager for configuration to deploy MIG Manager.

        :param args: Optional: List of arguments.
        :param config: Optional: Custom mig-parted configuration for NVIDIA MIG Manager container.
        :param enabled: Enabled indicates if deployment of NVIDIA MIG Manager is enabled.
        :param env: Optional: List of environment variables.
        :param gpu_clients_config: Optional: Custom gpu-clients configuration for NVIDIA MIG Manager container.
        :param host_network: HostNetwork indicates whether the MIG Manager pod uses the host's network namespace.
        :param image: NVIDIA MIG Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA MIG Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA MIG Manager image tag.

        :schema: ClusterPolicySpecMigManager
        '''
        if isinstance(config, dict):
            config = ClusterPolicySpecMigManagerConfig(**config)
        if isinstance(gpu_clients_config, dict):
            gpu_clients_config = ClusterPolicySpecMigManagerGpuClientsConfig(**gpu_clients_config)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecMigManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bc3a47b72ffa9cbbc719d15839b175d2f03b93f3afda3ea7eb4d7910ede08fb)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument gpu_clients_config", value=gpu_clients_config, expected_type=type_hints["gpu_clients_config"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if config is not None:
            self._values["config"] = config
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if gpu_clients_config is not None:
            self._values["gpu_clients_config"] = gpu_clients_config
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecMigManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Optional["ClusterPolicySpecMigManagerConfig"]:
        '''Optional: Custom mig-parted configuration for NVIDIA MIG Manager container.

        :schema: ClusterPolicySpecMigManager#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["ClusterPolicySpecMigManagerConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA MIG Manager is enabled.

        :schema: ClusterPolicySpecMigManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecMigManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecMigManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecMigManagerEnv"]], result)

    @builtins.property
    def gpu_clients_config(
        self,
    ) -> typing.Optional["ClusterPolicySpecMigManagerGpuClientsConfig"]:
        '''Optional: Custom gpu-clients configuration for NVIDIA MIG Manager container.

        :schema: ClusterPolicySpecMigManager#gpuClientsConfig
        '''
        result = self._values.get("gpu_clients_config")
        return typing.cast(typing.Optional["ClusterPolicySpecMigManagerGpuClientsConfig"], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the MIG Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecMigManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA MIG Manager image name.

        :schema: ClusterPolicySpecMigManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecMigManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecMigManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA MIG Manager image repository.

        :schema: ClusterPolicySpecMigManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecMigManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecMigManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecMigManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA MIG Manager image tag.

        :schema: ClusterPolicySpecMigManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMigManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerConfig",
    jsii_struct_bases=[],
    name_mapping={"default": "default", "name": "name"},
)
class ClusterPolicySpecMigManagerConfig:
    def __init__(
        self,
        *,
        default: typing.Optional["ClusterPolicySpecMigManagerConfigDefault"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: Custom mig-parted configuration for NVIDIA MIG Manager container.

        :param default: Default MIG config to be applied on the node, when there is no config specified with the node label nvidia.com/mig.config.
        :param name: ConfigMap name. If not specified, MIG configuration will be dynamically generated from hardware.

        :schema: ClusterPolicySpecMigManagerConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5089c18e4c6e7d7d59c4824797504902349af721d29ade08c9726afb2ad53137)
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default is not None:
            self._values["default"] = default
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def default(self) -> typing.Optional["ClusterPolicySpecMigManagerConfigDefault"]:
        '''Default MIG config to be applied on the node, when there is no config specified with the node label nvidia.com/mig.config.

        :schema: ClusterPolicySpecMigManagerConfig#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional["ClusterPolicySpecMigManagerConfigDefault"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''ConfigMap name.

        If not specified, MIG configuration will be dynamically generated from hardware.

        :schema: ClusterPolicySpecMigManagerConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMigManagerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerConfigDefault")
class ClusterPolicySpecMigManagerConfigDefault(enum.Enum):
    '''Default MIG config to be applied on the node, when there is no config specified with the node label nvidia.com/mig.config.

    :schema: ClusterPolicySpecMigManagerConfigDefault
    '''

    ALL_HYPHEN_DISABLED = "ALL_HYPHEN_DISABLED"
    '''all-disabled.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecMigManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecMigManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d58963a4edaf71128c65d9390b894a4f25e70fd993c707770250306138c0be7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecMigManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecMigManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMigManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerGpuClientsConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ClusterPolicySpecMigManagerGpuClientsConfig:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Custom gpu-clients configuration for NVIDIA MIG Manager container.

        :param name: ConfigMap name.

        :schema: ClusterPolicySpecMigManagerGpuClientsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee3a000200c56ad3cc30c911a552e5be337b73e034bb804b4fd8a908c94e5679)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''ConfigMap name.

        :schema: ClusterPolicySpecMigManagerGpuClientsConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMigManagerGpuClientsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecMigManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecMigManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e0ece63fb1597f71fd601879f61aa05438f49ac1c7ef1afc757d1deb4f11702)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecMigManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecMigManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecMigManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecMigManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecMigManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecMigManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecMigManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85ff8bc5abe362ce2221e09f898ec0bb716083b1a92fcbe7abffc750b547f376)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecMigManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecMigManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f18c2049a42b5132ae1fe730312a8593ce71173d7f6a101ce8a8255f3e734eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecMigManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecMigManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecMigManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecMigManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecMigManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a248c32dcb3db424530d7ebc4f62a18c4c90bb1989d38a81fe31f4a235f599d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecMigManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecMigManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c586436583ab2da5134033b2105b71b700344510a35f07d77c9504874853245a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecMigManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecMigStrategy")
class ClusterPolicySpecMigStrategy(enum.Enum):
    '''Optional: MIGStrategy to apply for GFD and NVIDIA Device Plugin.

    :schema: ClusterPolicySpecMigStrategy
    '''

    NONE = "NONE"
    '''none.'''
    SINGLE = "SINGLE"
    '''single.'''
    MIXED = "MIXED"
    '''mixed.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecNodeStatusExporter",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecNodeStatusExporter:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecNodeStatusExporterEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecNodeStatusExporterResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NodeStatusExporter spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of Node Status Exporter is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Node Status Exporter pod uses the host's network namespace.
        :param image: Node Status Exporter image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Node Status Exporterimage repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: Node Status Exporterimage tag.

        :schema: ClusterPolicySpecNodeStatusExporter
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecNodeStatusExporterResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef8e49c78685c0964b899ffbf03fd89345f4fd7615d3e02a655a0b429e854d05)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecNodeStatusExporter#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of Node Status Exporter is enabled.

        :schema: ClusterPolicySpecNodeStatusExporter#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecNodeStatusExporterEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecNodeStatusExporter#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecNodeStatusExporterEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Node Status Exporter pod uses the host's network namespace.

        :schema: ClusterPolicySpecNodeStatusExporter#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Node Status Exporter image name.

        :schema: ClusterPolicySpecNodeStatusExporter#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecNodeStatusExporter#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecNodeStatusExporter#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Node Status Exporterimage repository.

        :schema: ClusterPolicySpecNodeStatusExporter#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["ClusterPolicySpecNodeStatusExporterResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecNodeStatusExporter#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecNodeStatusExporterResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Node Status Exporterimage tag.

        :schema: ClusterPolicySpecNodeStatusExporter#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecNodeStatusExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecNodeStatusExporterEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecNodeStatusExporterEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecNodeStatusExporterEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d74eba0bf9c9d13b67f1c16f57a8f0dc85dd517b3d4b3de9dd23cba6fc51b3ba)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecNodeStatusExporterEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecNodeStatusExporterEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecNodeStatusExporterEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecNodeStatusExporterResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecNodeStatusExporterResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecNodeStatusExporterResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8815b5fbe28a0cecd477935a733cdc5865b849d12f2cd1447619ea6f63bf5a8d)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecNodeStatusExporterResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecNodeStatusExporterResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecNodeStatusExporterResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecNodeStatusExporterResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecNodeStatusExporterResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecNodeStatusExporterResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecNodeStatusExporterResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecNodeStatusExporterResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdf463f809b245d0cfe8e67ff53282e8dda89a078d4d7211f11268fbd496b5c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecNodeStatusExporterResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecNodeStatusExporterResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86a7b4016d8454da2e3b3b071e5e6ce3214f594c49e026e4cfcf20b0ba1c7c18)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecNodeStatusExporterResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecNodeStatusExporterResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecNodeStatusExporterResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecNodeStatusExporterResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecNodeStatusExporterResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59709141465e807a2c99b378367ae80327e54601ffa55affbd90521d456700fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecNodeStatusExporterResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecNodeStatusExporterResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7e13e58b53efaca429ded7bfb2730e3d559932f2b40f413f2379e33c6bbedd2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecNodeStatusExporterResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperator",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "default_runtime": "defaultRuntime",
        "init_container": "initContainer",
        "labels": "labels",
        "metrics": "metrics",
        "runtime_class": "runtimeClass",
        "use_ocp_driver_toolkit": "useOcpDriverToolkit",
    },
)
class ClusterPolicySpecOperator:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        default_runtime: typing.Optional[builtins.str] = None,
        init_container: typing.Optional[typing.Union["ClusterPolicySpecOperatorInitContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        metrics: typing.Optional[typing.Union["ClusterPolicySpecOperatorMetrics", typing.Dict[builtins.str, typing.Any]]] = None,
        runtime_class: typing.Optional[builtins.str] = None,
        use_ocp_driver_toolkit: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Operator component spec.

        :param annotations: Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects.
        :param default_runtime: Deprecated: DefaultRuntime is no longer used by the gpu-operator. This is instead, detected at runtime.
        :param init_container: Deprecated: InitContainerSpec describes configuration for initContainer image used with all components.
        :param labels: Optional: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services.
        :param metrics: Metrics configuration for NVIDIA GPU Operator.
        :param runtime_class: 
        :param use_ocp_driver_toolkit: UseOpenShiftDriverToolkit indicates if DriverToolkit image should be used on OpenShift to build and install driver modules.

        :schema: ClusterPolicySpecOperator
        '''
        if isinstance(init_container, dict):
            init_container = ClusterPolicySpecOperatorInitContainer(**init_container)
        if isinstance(metrics, dict):
            metrics = ClusterPolicySpecOperatorMetrics(**metrics)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2200278c70d881a229b235dc6911351672292ca040959a334deabe314c7b8e27)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument default_runtime", value=default_runtime, expected_type=type_hints["default_runtime"])
            check_type(argname="argument init_container", value=init_container, expected_type=type_hints["init_container"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument runtime_class", value=runtime_class, expected_type=type_hints["runtime_class"])
            check_type(argname="argument use_ocp_driver_toolkit", value=use_ocp_driver_toolkit, expected_type=type_hints["use_ocp_driver_toolkit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if default_runtime is not None:
            self._values["default_runtime"] = default_runtime
        if init_container is not None:
            self._values["init_container"] = init_container
        if labels is not None:
            self._values["labels"] = labels
        if metrics is not None:
            self._values["metrics"] = metrics
        if runtime_class is not None:
            self._values["runtime_class"] = runtime_class
        if use_ocp_driver_toolkit is not None:
            self._values["use_ocp_driver_toolkit"] = use_ocp_driver_toolkit

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Optional: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.

        :schema: ClusterPolicySpecOperator#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def default_runtime(self) -> typing.Optional[builtins.str]:
        '''Deprecated: DefaultRuntime is no longer used by the gpu-operator.

        This is instead, detected at runtime.

        :schema: ClusterPolicySpecOperator#defaultRuntime
        '''
        result = self._values.get("default_runtime")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def init_container(
        self,
    ) -> typing.Optional["ClusterPolicySpecOperatorInitContainer"]:
        '''Deprecated: InitContainerSpec describes configuration for initContainer image used with all components.

        :schema: ClusterPolicySpecOperator#initContainer
        '''
        result = self._values.get("init_container")
        return typing.cast(typing.Optional["ClusterPolicySpecOperatorInitContainer"], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Optional: Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.

        :schema: ClusterPolicySpecOperator#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def metrics(self) -> typing.Optional["ClusterPolicySpecOperatorMetrics"]:
        '''Metrics configuration for NVIDIA GPU Operator.

        :schema: ClusterPolicySpecOperator#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional["ClusterPolicySpecOperatorMetrics"], result)

    @builtins.property
    def runtime_class(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecOperator#runtimeClass
        '''
        result = self._values.get("runtime_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_ocp_driver_toolkit(self) -> typing.Optional[builtins.bool]:
        '''UseOpenShiftDriverToolkit indicates if DriverToolkit image should be used on OpenShift to build and install driver modules.

        :schema: ClusterPolicySpecOperator#use_ocp_driver_toolkit
        '''
        result = self._values.get("use_ocp_driver_toolkit")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecOperator(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperatorInitContainer",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecOperatorInitContainer:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Deprecated: InitContainerSpec describes configuration for initContainer image used with all components.

        :param image: Image represents image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Repository represents image repository path.
        :param version: Version represents image tag(version).

        :schema: ClusterPolicySpecOperatorInitContainer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbc42bd7b533fce3a8c51391551ed9793859f60504ce1948d62d6081c721fafb)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image represents image name.

        :schema: ClusterPolicySpecOperatorInitContainer#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecOperatorInitContainer#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecOperatorInitContainer#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository represents image repository path.

        :schema: ClusterPolicySpecOperatorInitContainer#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version represents image tag(version).

        :schema: ClusterPolicySpecOperatorInitContainer#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecOperatorInitContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperatorMetrics",
    jsii_struct_bases=[],
    name_mapping={"service_monitor": "serviceMonitor"},
)
class ClusterPolicySpecOperatorMetrics:
    def __init__(
        self,
        *,
        service_monitor: typing.Optional[typing.Union["ClusterPolicySpecOperatorMetricsServiceMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Metrics configuration for NVIDIA GPU Operator.

        :param service_monitor: Optional: ServiceMonitor configuration for NVIDIA GPU Operator.

        :schema: ClusterPolicySpecOperatorMetrics
        '''
        if isinstance(service_monitor, dict):
            service_monitor = ClusterPolicySpecOperatorMetricsServiceMonitor(**service_monitor)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec1d33b4c2b810ab9b3dc7c42de4d4795753588e68ae5fd7b6be47823092c37d)
            check_type(argname="argument service_monitor", value=service_monitor, expected_type=type_hints["service_monitor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_monitor is not None:
            self._values["service_monitor"] = service_monitor

    @builtins.property
    def service_monitor(
        self,
    ) -> typing.Optional["ClusterPolicySpecOperatorMetricsServiceMonitor"]:
        '''Optional: ServiceMonitor configuration for NVIDIA GPU Operator.

        :schema: ClusterPolicySpecOperatorMetrics#serviceMonitor
        '''
        result = self._values.get("service_monitor")
        return typing.cast(typing.Optional["ClusterPolicySpecOperatorMetricsServiceMonitor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecOperatorMetrics(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperatorMetricsServiceMonitor",
    jsii_struct_bases=[],
    name_mapping={
        "additional_labels": "additionalLabels",
        "enabled": "enabled",
        "honor_labels": "honorLabels",
        "interval": "interval",
        "relabelings": "relabelings",
        "scrape_timeout": "scrapeTimeout",
    },
)
class ClusterPolicySpecOperatorMetricsServiceMonitor:
    def __init__(
        self,
        *,
        additional_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        honor_labels: typing.Optional[builtins.bool] = None,
        interval: typing.Optional[builtins.str] = None,
        relabelings: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings", typing.Dict[builtins.str, typing.Any]]]] = None,
        scrape_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional: ServiceMonitor configuration for NVIDIA GPU Operator.

        :param additional_labels: AdditionalLabels to add to ServiceMonitor instance.
        :param enabled: Enabled indicates if ServiceMonitor is deployed.
        :param honor_labels: HonorLabels chooses the metric’s labels on collisions with target labels.
        :param interval: Interval at which metrics should be scraped. If not specified, Prometheus’ global scrape interval is used. Supported units: y, w, d, h, m, s, ms
        :param relabelings: Relabelings allows to rewrite labels on metric sets.
        :param scrape_timeout: ScrapeTimeout to use when scraping metrics. Must not be greater than Interval. If not specified, Prometheus' global scrape timeout is used. Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__835ef129e3b26afc2b11c43589f3e7a198805074d7e46838a96d49cc7852601e)
            check_type(argname="argument additional_labels", value=additional_labels, expected_type=type_hints["additional_labels"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument honor_labels", value=honor_labels, expected_type=type_hints["honor_labels"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument relabelings", value=relabelings, expected_type=type_hints["relabelings"])
            check_type(argname="argument scrape_timeout", value=scrape_timeout, expected_type=type_hints["scrape_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_labels is not None:
            self._values["additional_labels"] = additional_labels
        if enabled is not None:
            self._values["enabled"] = enabled
        if honor_labels is not None:
            self._values["honor_labels"] = honor_labels
        if interval is not None:
            self._values["interval"] = interval
        if relabelings is not None:
            self._values["relabelings"] = relabelings
        if scrape_timeout is not None:
            self._values["scrape_timeout"] = scrape_timeout

    @builtins.property
    def additional_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''AdditionalLabels to add to ServiceMonitor instance.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#additionalLabels
        '''
        result = self._values.get("additional_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if ServiceMonitor is deployed.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def honor_labels(self) -> typing.Optional[builtins.bool]:
        '''HonorLabels chooses the metric’s labels on collisions with target labels.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#honorLabels
        '''
        result = self._values.get("honor_labels")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Interval at which metrics should be scraped.

        If not specified, Prometheus’ global scrape interval is used.
        Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def relabelings(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings"]]:
        '''Relabelings allows to rewrite labels on metric sets.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#relabelings
        '''
        result = self._values.get("relabelings")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings"]], result)

    @builtins.property
    def scrape_timeout(self) -> typing.Optional[builtins.str]:
        '''ScrapeTimeout to use when scraping metrics.

        Must not be greater than Interval.
        If not specified, Prometheus' global scrape timeout is used.
        Supported units: y, w, d, h, m, s, ms

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitor#scrapeTimeout
        '''
        result = self._values.get("scrape_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecOperatorMetricsServiceMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings:
    def __init__(
        self,
        *,
        action: typing.Optional["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction"] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RelabelConfig allows dynamic rewriting of the label set for targets, alerts, scraped samples and remote write samples.

        More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config

        :param action: action to perform based on the regex matching. ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0. ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0. Default: "Replace"
        :param modulus: modulus to take of the hash of the source label values. Only applicable when the action is ``HashMod``.
        :param regex: regex defines the regular expression against which the extracted value is matched.
        :param replacement: replacement value against which a Replace action is performed if the regular expression matches. Regex capture groups are available.
        :param separator: separator defines the string between concatenated SourceLabels.
        :param source_labels: sourceLabels defines the source labels select values from existing labels. Their content is concatenated using the configured Separator and matched against the configured regular expression.
        :param target_label: targetLabel defines the label to which the resulting string is written in a replacement. It is mandatory for ``Replace``, ``HashMod``, ``Lowercase``, ``Uppercase``, ``KeepEqual`` and ``DropEqual`` actions. Regex capture groups are available.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df47d7cffd6e12abf6f009fd3b71913b9a1fdde3dd904c18de695ae5f3b818f8)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction"]:
        '''action to perform based on the regex matching.

        ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0.
        ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0.

        Default: "Replace"

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction"], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''modulus to take of the hash of the source label values.

        Only applicable when the action is ``HashMod``.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''regex defines the regular expression against which the extracted value is matched.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''replacement value against which a Replace action is performed if the regular expression matches.

        Regex capture groups are available.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''separator defines the string between concatenated SourceLabels.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''sourceLabels defines the source labels select values from existing labels.

        Their content is
        concatenated using the configured Separator and matched against the
        configured regular expression.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''targetLabel defines the label to which the resulting string is written in a replacement.

        It is mandatory for ``Replace``, ``HashMod``, ``Lowercase``, ``Uppercase``,
        ``KeepEqual`` and ``DropEqual`` actions.

        Regex capture groups are available.

        :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction"
)
class ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction(enum.Enum):
    '''action to perform based on the regex matching.

    ``Uppercase`` and ``Lowercase`` actions require Prometheus >= v2.36.0.
    ``DropEqual`` and ``KeepEqual`` actions require Prometheus >= v2.41.0.

    Default: "Replace"

    :schema: ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction
    '''

    REPLACE = "REPLACE"
    '''replace.'''
    KEEP = "KEEP"
    '''keep.'''
    DROP = "DROP"
    '''drop.'''
    HASHMOD = "HASHMOD"
    '''hashmod.'''
    LABELMAP = "LABELMAP"
    '''labelmap.'''
    LABELDROP = "LABELDROP"
    '''labeldrop.'''
    LABELKEEP = "LABELKEEP"
    '''labelkeep.'''
    LOWERCASE = "LOWERCASE"
    '''lowercase.'''
    UPPERCASE = "UPPERCASE"
    '''uppercase.'''
    KEEPEQUAL = "KEEPEQUAL"
    '''keepequal.'''
    DROPEQUAL = "DROPEQUAL"
    '''dropequal.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecPsa",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClusterPolicySpecPsa:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''PSA defines spec for PodSecurityAdmission configuration.

        :param enabled: Enabled indicates if PodSecurityAdmission configuration needs to be enabled for all Pods.

        :schema: ClusterPolicySpecPsa
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d45ef49ccbe668dbdfbb4cd7ba01a89a0f8dbee51fbe67f3b4afe37217925e53)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if PodSecurityAdmission configuration needs to be enabled for all Pods.

        :schema: ClusterPolicySpecPsa#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecPsa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecPsp",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClusterPolicySpecPsp:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Deprecated: Pod Security Policies are no longer supported.

        Please use PodSecurityAdmission instead
        PSP defines spec for handling PodSecurityPolicies

        :param enabled: Enabled indicates if PodSecurityPolicies needs to be enabled for all Pods.

        :schema: ClusterPolicySpecPsp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bce6498193e664f5220373589a401e5080483d344a9f5e7c91d1df4740e76e50)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if PodSecurityPolicies needs to be enabled for all Pods.

        :schema: ClusterPolicySpecPsp#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecPsp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxDevicePlugin",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecSandboxDevicePlugin:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecSandboxDevicePluginEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecSandboxDevicePluginResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SandboxDevicePlugin component spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of NVIDIA Sandbox Device Plugin through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Sandbox Device Plugin pod uses the host's network namespace.
        :param image: NVIDIA Sandbox Device Plugin image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA Sandbox Device Plugin image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA Sandbox Device Plugin image tag.

        :schema: ClusterPolicySpecSandboxDevicePlugin
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecSandboxDevicePluginResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9463caad37d8b2f30625fa581d64282419741e85a464bc03d268803c47d2d268)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecSandboxDevicePlugin#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA Sandbox Device Plugin through operator is enabled.

        :schema: ClusterPolicySpecSandboxDevicePlugin#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecSandboxDevicePluginEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecSandboxDevicePlugin#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecSandboxDevicePluginEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Sandbox Device Plugin pod uses the host's network namespace.

        :schema: ClusterPolicySpecSandboxDevicePlugin#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Sandbox Device Plugin image name.

        :schema: ClusterPolicySpecSandboxDevicePlugin#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecSandboxDevicePlugin#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecSandboxDevicePlugin#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Sandbox Device Plugin image repository.

        :schema: ClusterPolicySpecSandboxDevicePlugin#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["ClusterPolicySpecSandboxDevicePluginResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecSandboxDevicePlugin#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecSandboxDevicePluginResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Sandbox Device Plugin image tag.

        :schema: ClusterPolicySpecSandboxDevicePlugin#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecSandboxDevicePlugin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxDevicePluginEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecSandboxDevicePluginEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecSandboxDevicePluginEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fee6699abf41f0a1e59566b206d6c7effd2624ec7e0dedf67134c730a7a7228c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecSandboxDevicePluginEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecSandboxDevicePluginEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecSandboxDevicePluginEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxDevicePluginResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecSandboxDevicePluginResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecSandboxDevicePluginResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28b349411648fbccd0eb63e914a7aeb3b30d6fd87f8141b6b37c8b2a4ef54ca0)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecSandboxDevicePluginResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecSandboxDevicePluginResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecSandboxDevicePluginResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecSandboxDevicePluginResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecSandboxDevicePluginResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxDevicePluginResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecSandboxDevicePluginResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecSandboxDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fd931e3e8503fba16cdef9c71b0df371b00196ffc303d7e30f7533d21dee33e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecSandboxDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecSandboxDevicePluginResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c97162d891d8040fe7fdbc81811169549d4bcb4dafbf821009f0b19661a48a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecSandboxDevicePluginResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecSandboxDevicePluginResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxDevicePluginResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecSandboxDevicePluginResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecSandboxDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f581e685f3d2dad043eb1a4ac9077056f1636b55e59d5d735da8c6944f44f818)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecSandboxDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecSandboxDevicePluginResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6927f8d4f26357d8ddbcab0fef7fa87a2e892c843792c9808a02c76910885f44)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecSandboxDevicePluginResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxWorkloads",
    jsii_struct_bases=[],
    name_mapping={
        "default_workload": "defaultWorkload",
        "enabled": "enabled",
        "mode": "mode",
    },
)
class ClusterPolicySpecSandboxWorkloads:
    def __init__(
        self,
        *,
        default_workload: typing.Optional["ClusterPolicySpecSandboxWorkloadsDefaultWorkload"] = None,
        enabled: typing.Optional[builtins.bool] = None,
        mode: typing.Optional["ClusterPolicySpecSandboxWorkloadsMode"] = None,
    ) -> None:
        '''SandboxWorkloads defines the spec for handling sandbox workloads (i.e. Virtual Machines).

        :param default_workload: DefaultWorkload indicates the default GPU workload type to configure worker nodes in the cluster for.
        :param enabled: Enabled indicates if the GPU Operator should manage additional operands required for sandbox workloads (i.e. VFIO Manager, vGPU Manager, and additional device plugins).
        :param mode: Mode indicates the sandbox mode. Accepted values are "kubevirt" and "kata". The default value is "kubevirt".

        :schema: ClusterPolicySpecSandboxWorkloads
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0c354d4af99962acb83099b573420695b128cdb65e4ec6f590d96c4672dccb6)
            check_type(argname="argument default_workload", value=default_workload, expected_type=type_hints["default_workload"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_workload is not None:
            self._values["default_workload"] = default_workload
        if enabled is not None:
            self._values["enabled"] = enabled
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def default_workload(
        self,
    ) -> typing.Optional["ClusterPolicySpecSandboxWorkloadsDefaultWorkload"]:
        '''DefaultWorkload indicates the default GPU workload type to configure worker nodes in the cluster for.

        :schema: ClusterPolicySpecSandboxWorkloads#defaultWorkload
        '''
        result = self._values.get("default_workload")
        return typing.cast(typing.Optional["ClusterPolicySpecSandboxWorkloadsDefaultWorkload"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if the GPU Operator should manage additional operands required for sandbox workloads (i.e. VFIO Manager, vGPU Manager, and additional device plugins).

        :schema: ClusterPolicySpecSandboxWorkloads#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def mode(self) -> typing.Optional["ClusterPolicySpecSandboxWorkloadsMode"]:
        '''Mode indicates the sandbox mode.

        Accepted values are "kubevirt"
        and "kata". The default value is "kubevirt".

        :schema: ClusterPolicySpecSandboxWorkloads#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["ClusterPolicySpecSandboxWorkloadsMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecSandboxWorkloads(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxWorkloadsDefaultWorkload"
)
class ClusterPolicySpecSandboxWorkloadsDefaultWorkload(enum.Enum):
    '''DefaultWorkload indicates the default GPU workload type to configure worker nodes in the cluster for.

    :schema: ClusterPolicySpecSandboxWorkloadsDefaultWorkload
    '''

    CONTAINER = "CONTAINER"
    '''container.'''
    VM_HYPHEN_PASSTHROUGH = "VM_HYPHEN_PASSTHROUGH"
    '''vm-passthrough.'''
    VM_HYPHEN_VGPU = "VM_HYPHEN_VGPU"
    '''vm-vgpu.'''


@jsii.enum(jsii_type="nvidia_comnvidia.ClusterPolicySpecSandboxWorkloadsMode")
class ClusterPolicySpecSandboxWorkloadsMode(enum.Enum):
    '''Mode indicates the sandbox mode.

    Accepted values are "kubevirt"
    and "kata". The default value is "kubevirt".

    :schema: ClusterPolicySpecSandboxWorkloadsMode
    '''

    KUBEVIRT = "KUBEVIRT"
    '''kubevirt.'''
    KATA = "KATA"
    '''kata.'''


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecToolkit",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "install_dir": "installDir",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecToolkit:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecToolkitEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        install_dir: typing.Optional[builtins.str] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecToolkitResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Toolkit component spec.

        :param args: Optional: List of arguments.
        :param enabled: Enabled indicates if deployment of NVIDIA Container Toolkit through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Container Toolkit pod uses the host's network namespace.
        :param image: NVIDIA Container Toolkit image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param install_dir: Toolkit install directory on the host.
        :param repository: NVIDIA Container Toolkit image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA Container Toolkit image tag.

        :schema: ClusterPolicySpecToolkit
        '''
        if isinstance(resources, dict):
            resources = ClusterPolicySpecToolkitResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9181b287cb6d5bd397f4e384c8b468215c4d72c665b5d492caea069edb457d6f)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument install_dir", value=install_dir, expected_type=type_hints["install_dir"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if install_dir is not None:
            self._values["install_dir"] = install_dir
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecToolkit#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA Container Toolkit through operator is enabled.

        :schema: ClusterPolicySpecToolkit#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecToolkitEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecToolkit#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecToolkitEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Container Toolkit pod uses the host's network namespace.

        :schema: ClusterPolicySpecToolkit#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Container Toolkit image name.

        :schema: ClusterPolicySpecToolkit#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecToolkit#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecToolkit#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def install_dir(self) -> typing.Optional[builtins.str]:
        '''Toolkit install directory on the host.

        :schema: ClusterPolicySpecToolkit#installDir
        '''
        result = self._values.get("install_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Container Toolkit image repository.

        :schema: ClusterPolicySpecToolkit#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecToolkitResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecToolkit#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecToolkitResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA Container Toolkit image tag.

        :schema: ClusterPolicySpecToolkit#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecToolkit(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecToolkitEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecToolkitEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecToolkitEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b196b0a0a164c11b74cc3e659bfcc539ecead7025ca766c36424b54e97bf1e9d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecToolkitEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecToolkitEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecToolkitEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecToolkitResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecToolkitResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecToolkitResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b811f84d1adb7f08fa96a9bd2124b0bf87e3fed8062f8b01939aa2eebc307107)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecToolkitResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecToolkitResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecToolkitResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecToolkitResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecToolkitResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecToolkitResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecToolkitResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecToolkitResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9986ec6eb042c4bfec4a6a80bc8c3c68359c169d8a4250d1b6ddda2d9a77befc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecToolkitResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecToolkitResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2c8e0f7a59ae4a75c69387195e980d2cff0e79ac1c7e50157ac4f3cb2ac4690)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecToolkitResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecToolkitResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecToolkitResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecToolkitResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecToolkitResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04c3eab91c7fdf74cdf13fdfd2164e9fd8a27aaef6c79e05295edae4c440c5d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecToolkitResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecToolkitResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abdda6287eb82271a567cd085356c46d0f4b6e2f721aa472d75cf9948edb224b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecToolkitResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidator",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "cuda": "cuda",
        "driver": "driver",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "plugin": "plugin",
        "repository": "repository",
        "resources": "resources",
        "toolkit": "toolkit",
        "version": "version",
        "vfio_pci": "vfioPci",
        "vgpu_devices": "vgpuDevices",
        "vgpu_manager": "vgpuManager",
    },
)
class ClusterPolicySpecValidator:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        cuda: typing.Optional[typing.Union["ClusterPolicySpecValidatorCuda", typing.Dict[builtins.str, typing.Any]]] = None,
        driver: typing.Optional[typing.Union["ClusterPolicySpecValidatorDriver", typing.Dict[builtins.str, typing.Any]]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        plugin: typing.Optional[typing.Union["ClusterPolicySpecValidatorPlugin", typing.Dict[builtins.str, typing.Any]]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecValidatorResources", typing.Dict[builtins.str, typing.Any]]] = None,
        toolkit: typing.Optional[typing.Union["ClusterPolicySpecValidatorToolkit", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
        vfio_pci: typing.Optional[typing.Union["ClusterPolicySpecValidatorVfioPci", typing.Dict[builtins.str, typing.Any]]] = None,
        vgpu_devices: typing.Optional[typing.Union["ClusterPolicySpecValidatorVgpuDevices", typing.Dict[builtins.str, typing.Any]]] = None,
        vgpu_manager: typing.Optional[typing.Union["ClusterPolicySpecValidatorVgpuManager", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Validator defines the spec for operator-validator daemonset.

        :param args: Optional: List of arguments.
        :param cuda: CUDA validator spec.
        :param driver: Toolkit validator spec.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the Validator pod uses the host's network namespace.
        :param image: Validator image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param plugin: Plugin validator spec.
        :param repository: Validator image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param toolkit: Toolkit validator spec.
        :param version: Validator image tag.
        :param vfio_pci: VfioPCI validator spec.
        :param vgpu_devices: VGPUDevices validator spec.
        :param vgpu_manager: VGPUManager validator spec.

        :schema: ClusterPolicySpecValidator
        '''
        if isinstance(cuda, dict):
            cuda = ClusterPolicySpecValidatorCuda(**cuda)
        if isinstance(driver, dict):
            driver = ClusterPolicySpecValidatorDriver(**driver)
        if isinstance(plugin, dict):
            plugin = ClusterPolicySpecValidatorPlugin(**plugin)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecValidatorResources(**resources)
        if isinstance(toolkit, dict):
            toolkit = ClusterPolicySpecValidatorToolkit(**toolkit)
        if isinstance(vfio_pci, dict):
            vfio_pci = ClusterPolicySpecValidatorVfioPci(**vfio_pci)
        if isinstance(vgpu_devices, dict):
            vgpu_devices = ClusterPolicySpecValidatorVgpuDevices(**vgpu_devices)
        if isinstance(vgpu_manager, dict):
            vgpu_manager = ClusterPolicySpecValidatorVgpuManager(**vgpu_manager)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b97945eadb613410c8880f32f98aa66aaace65f524c15a33c3e79cf5d4d2ca61)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument cuda", value=cuda, expected_type=type_hints["cuda"])
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument plugin", value=plugin, expected_type=type_hints["plugin"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument toolkit", value=toolkit, expected_type=type_hints["toolkit"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument vfio_pci", value=vfio_pci, expected_type=type_hints["vfio_pci"])
            check_type(argname="argument vgpu_devices", value=vgpu_devices, expected_type=type_hints["vgpu_devices"])
            check_type(argname="argument vgpu_manager", value=vgpu_manager, expected_type=type_hints["vgpu_manager"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if cuda is not None:
            self._values["cuda"] = cuda
        if driver is not None:
            self._values["driver"] = driver
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if plugin is not None:
            self._values["plugin"] = plugin
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if toolkit is not None:
            self._values["toolkit"] = toolkit
        if version is not None:
            self._values["version"] = version
        if vfio_pci is not None:
            self._values["vfio_pci"] = vfio_pci
        if vgpu_devices is not None:
            self._values["vgpu_devices"] = vgpu_devices
        if vgpu_manager is not None:
            self._values["vgpu_manager"] = vgpu_manager

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecValidator#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cuda(self) -> typing.Optional["ClusterPolicySpecValidatorCuda"]:
        '''CUDA validator spec.

        :schema: ClusterPolicySpecValidator#cuda
        '''
        result = self._values.get("cuda")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorCuda"], result)

    @builtins.property
    def driver(self) -> typing.Optional["ClusterPolicySpecValidatorDriver"]:
        '''Toolkit validator spec.

        :schema: ClusterPolicySpecValidator#driver
        '''
        result = self._values.get("driver")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorDriver"], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecValidatorEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidator#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the Validator pod uses the host's network namespace.

        :schema: ClusterPolicySpecValidator#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Validator image name.

        :schema: ClusterPolicySpecValidator#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecValidator#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecValidator#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def plugin(self) -> typing.Optional["ClusterPolicySpecValidatorPlugin"]:
        '''Plugin validator spec.

        :schema: ClusterPolicySpecValidator#plugin
        '''
        result = self._values.get("plugin")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorPlugin"], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Validator image repository.

        :schema: ClusterPolicySpecValidator#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecValidatorResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecValidator#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorResources"], result)

    @builtins.property
    def toolkit(self) -> typing.Optional["ClusterPolicySpecValidatorToolkit"]:
        '''Toolkit validator spec.

        :schema: ClusterPolicySpecValidator#toolkit
        '''
        result = self._values.get("toolkit")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorToolkit"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Validator image tag.

        :schema: ClusterPolicySpecValidator#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vfio_pci(self) -> typing.Optional["ClusterPolicySpecValidatorVfioPci"]:
        '''VfioPCI validator spec.

        :schema: ClusterPolicySpecValidator#vfioPCI
        '''
        result = self._values.get("vfio_pci")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorVfioPci"], result)

    @builtins.property
    def vgpu_devices(self) -> typing.Optional["ClusterPolicySpecValidatorVgpuDevices"]:
        '''VGPUDevices validator spec.

        :schema: ClusterPolicySpecValidator#vgpuDevices
        '''
        result = self._values.get("vgpu_devices")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorVgpuDevices"], result)

    @builtins.property
    def vgpu_manager(self) -> typing.Optional["ClusterPolicySpecValidatorVgpuManager"]:
        '''VGPUManager validator spec.

        :schema: ClusterPolicySpecValidator#vgpuManager
        '''
        result = self._values.get("vgpu_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecValidatorVgpuManager"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidator(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorCuda",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorCuda:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorCudaEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''CUDA validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorCuda
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d25f1a71ea599bc100efaf461561ece17a6b0c17ea52e4429367e35f210669aa)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecValidatorCudaEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorCuda#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorCudaEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorCuda(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorCudaEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorCudaEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorCudaEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03666d2af98137061d6ee1b7aeac7ba048b48a0908699afac02d36e5f391431f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorCudaEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorCudaEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorCudaEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorDriver",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorDriver:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorDriverEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Toolkit validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorDriver
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c341323aa52bed6da343fca1d9ec2d257328a9b8ee4054b4f3ac4440e83fa214)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorDriverEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorDriver#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorDriverEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorDriver(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorDriverEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorDriverEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorDriverEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b11e907133877c5c473fff5e1c28196acfe83da40ed50da264a40213bc998cc7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorDriverEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorDriverEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorDriverEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05046f1f64818652888e88166ba84b6a56bb68f6e719f395b60bac2188204241)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorPlugin",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorPlugin:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorPluginEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Plugin validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorPlugin
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74c1a2d49fcd4f9508a686e06fcfd3c0d1414fae1ea9aff76b19c2e8d8131357)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorPluginEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorPlugin#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorPluginEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorPlugin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorPluginEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorPluginEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorPluginEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65099af5863fe09b9e42d632e9349185a749988eb865713d996af938f7f33e99)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorPluginEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorPluginEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorPluginEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecValidatorResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecValidatorResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e14650969e6bbf3bd703a131add7ea57691e8c417a27604f57f4b88cf7712346)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecValidatorResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecValidatorResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecValidatorResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecValidatorResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecValidatorResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecValidatorResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bcb8788e6cdda1c69cb4563583018c9992f9f2ab027573bc0f2d08f3f00782c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecValidatorResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecValidatorResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c585801ce116786d588197eaf24297730805ef49101aa44f25fbfb5119880242)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecValidatorResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecValidatorResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecValidatorResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecValidatorResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4941094fb4b2723aaf0b6861a6fdd5c556fa083892aefe68ea7c8c6cc16c96b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecValidatorResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecValidatorResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1c83cfaf393b7ce4257055080f642a4c7dd6e7f5c2fed67670fb6e973327105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecValidatorResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorToolkit",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorToolkit:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorToolkitEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Toolkit validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorToolkit
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5baf5682efca7c6f3257a6b1c60d12f295ae5101490868899e52bb55a98ad1bf)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorToolkitEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorToolkit#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorToolkitEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorToolkit(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorToolkitEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorToolkitEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorToolkitEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22f045a853c4556a8bcb64f86b1541d71ce4ad9ce57668f4e8f15c89dab58d0f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorToolkitEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorToolkitEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorToolkitEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVfioPci",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorVfioPci:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorVfioPciEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''VfioPCI validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVfioPci
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfc950b8280d10c7b67a865ff7a9f911a65ab3cd7380930af09200aeeed9ecbf)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorVfioPciEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVfioPci#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorVfioPciEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVfioPci(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVfioPciEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorVfioPciEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVfioPciEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4e49454a35ced0f2d773d98ee31db09a2c248e04b191326455ea26db387fecb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorVfioPciEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVfioPciEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVfioPciEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVgpuDevices",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorVgpuDevices:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorVgpuDevicesEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''VGPUDevices validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVgpuDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c346fa50f1b3032146edd0d6b6e16d986a381f6d3e470b5bb495730fefb57941)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorVgpuDevicesEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVgpuDevices#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorVgpuDevicesEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVgpuDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVgpuDevicesEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorVgpuDevicesEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuDevicesEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a01a6d0094aa74621bbda48b163d30b6cb44229cf32f7ed7a8eaa84ac43d0db5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuDevicesEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuDevicesEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVgpuDevicesEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVgpuManager",
    jsii_struct_bases=[],
    name_mapping={"env": "env"},
)
class ClusterPolicySpecValidatorVgpuManager:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecValidatorVgpuManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''VGPUManager validator spec.

        :param env: Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVgpuManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5f98f668c71433325b8c0def63854c848414cc32ee8099009fc8fe65bdfbba4)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecValidatorVgpuManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecValidatorVgpuManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecValidatorVgpuManagerEnv"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVgpuManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecValidatorVgpuManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecValidatorVgpuManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66417bf00e03e5b5c6f438253c3a7860cc90ef6dee0f936582ed883ff5db2e28)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecValidatorVgpuManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecValidatorVgpuManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "driver_manager": "driverManager",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecVfioManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        driver_manager: typing.Optional[typing.Union["ClusterPolicySpecVfioManagerDriverManager", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecVfioManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecVfioManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''VFIOManager for configuration to deploy VFIO-PCI Manager.

        :param args: Optional: List of arguments.
        :param driver_manager: DriverManager represents configuration for NVIDIA Driver Manager.
        :param enabled: Enabled indicates if deployment of VFIO Manager is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the VFIO Manager pod uses the host's network namespace.
        :param image: VFIO Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: VFIO Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: VFIO Manager image tag.

        :schema: ClusterPolicySpecVfioManager
        '''
        if isinstance(driver_manager, dict):
            driver_manager = ClusterPolicySpecVfioManagerDriverManager(**driver_manager)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecVfioManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f49ed7238b06af12bd142cc03e846027a2d60b137dc15dcb7a01c85eb4b8495)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument driver_manager", value=driver_manager, expected_type=type_hints["driver_manager"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if driver_manager is not None:
            self._values["driver_manager"] = driver_manager
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecVfioManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def driver_manager(
        self,
    ) -> typing.Optional["ClusterPolicySpecVfioManagerDriverManager"]:
        '''DriverManager represents configuration for NVIDIA Driver Manager.

        :schema: ClusterPolicySpecVfioManager#driverManager
        '''
        result = self._values.get("driver_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecVfioManagerDriverManager"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of VFIO Manager is enabled.

        :schema: ClusterPolicySpecVfioManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecVfioManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecVfioManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecVfioManagerEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the VFIO Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecVfioManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''VFIO Manager image name.

        :schema: ClusterPolicySpecVfioManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecVfioManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecVfioManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''VFIO Manager image repository.

        :schema: ClusterPolicySpecVfioManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecVfioManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecVfioManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecVfioManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''VFIO Manager image tag.

        :schema: ClusterPolicySpecVfioManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVfioManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerDriverManager",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecVfioManagerDriverManager:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecVfioManagerDriverManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DriverManager represents configuration for NVIDIA Driver Manager.

        :param env: Optional: List of environment variables.
        :param image: Image represents NVIDIA Driver Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Repository represents Driver Managerrepository path.
        :param version: Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecVfioManagerDriverManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f648c8838b9acd1d2457d89d7ce6117c25096ef4b947343b0e5e0bec8f833ad)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecVfioManagerDriverManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecVfioManagerDriverManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecVfioManagerDriverManagerEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image represents NVIDIA Driver Manager image name.

        :schema: ClusterPolicySpecVfioManagerDriverManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecVfioManagerDriverManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecVfioManagerDriverManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository represents Driver Managerrepository path.

        :schema: ClusterPolicySpecVfioManagerDriverManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecVfioManagerDriverManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVfioManagerDriverManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerDriverManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecVfioManagerDriverManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecVfioManagerDriverManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cb9f015fd06a5b2d06ef37e2f6fc6b1da39fe239f9e1af91d0c2f92b517158e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecVfioManagerDriverManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecVfioManagerDriverManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVfioManagerDriverManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecVfioManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecVfioManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__568f4fdcfdc33def63c9475834dcecc4d01b06edcbd4a5ab01eee8c326418630)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecVfioManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecVfioManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVfioManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecVfioManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVfioManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ca10c818d5d7d51fb8663fd65ef2d8278a74ae5117737266006c3988d4eb63a)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVfioManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVfioManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVfioManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVfioManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecVfioManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecVfioManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVfioManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92f20a01de70a9cac5842c495f8d55ba5b194e7ac4a17d2b97f5078acc47cd8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVfioManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVfioManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6dc192df4643bd60000259600baf746207a9c82a4f8d8727d3726e84b8a9d49)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVfioManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecVfioManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVfioManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecVfioManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVfioManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4722c8e2488e2ec655759fb3db43cbd8743c050a49a6fd035807b0c9ef8ec31)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVfioManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVfioManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a634bd4bc4a2bbc42806dcc03e30bcbbeae2917fbb927c1b80484a29d419cfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVfioManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "config": "config",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecVgpuDeviceManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        config: typing.Optional[typing.Union["ClusterPolicySpecVgpuDeviceManagerConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecVgpuDeviceManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecVgpuDeviceManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''VGPUDeviceManager spec.

        :param args: Optional: List of arguments.
        :param config: NVIDIA vGPU devices configuration for NVIDIA vGPU Device Manager container.
        :param enabled: Enabled indicates if deployment of NVIDIA vGPU Device Manager is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the vGPU Device Manager pod uses the host's network namespace.
        :param image: NVIDIA vGPU Device Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: NVIDIA vGPU Device Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA vGPU Device Manager image tag.

        :schema: ClusterPolicySpecVgpuDeviceManager
        '''
        if isinstance(config, dict):
            config = ClusterPolicySpecVgpuDeviceManagerConfig(**config)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecVgpuDeviceManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4f694ea5646fcf2844fca5fdfb69e4a154d218885df7e30a5ba7f503dd46a16)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if config is not None:
            self._values["config"] = config
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecVgpuDeviceManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def config(self) -> typing.Optional["ClusterPolicySpecVgpuDeviceManagerConfig"]:
        '''NVIDIA vGPU devices configuration for NVIDIA vGPU Device Manager container.

        :schema: ClusterPolicySpecVgpuDeviceManager#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuDeviceManagerConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA vGPU Device Manager is enabled.

        :schema: ClusterPolicySpecVgpuDeviceManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecVgpuDeviceManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecVgpuDeviceManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecVgpuDeviceManagerEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the vGPU Device Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecVgpuDeviceManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Device Manager image name.

        :schema: ClusterPolicySpecVgpuDeviceManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecVgpuDeviceManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecVgpuDeviceManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Device Manager image repository.

        :schema: ClusterPolicySpecVgpuDeviceManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["ClusterPolicySpecVgpuDeviceManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecVgpuDeviceManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuDeviceManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Device Manager image tag.

        :schema: ClusterPolicySpecVgpuDeviceManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuDeviceManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManagerConfig",
    jsii_struct_bases=[],
    name_mapping={"default": "default", "name": "name"},
)
class ClusterPolicySpecVgpuDeviceManagerConfig:
    def __init__(
        self,
        *,
        default: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NVIDIA vGPU devices configuration for NVIDIA vGPU Device Manager container.

        :param default: Default config name within the ConfigMap.
        :param name: ConfigMap name.

        :schema: ClusterPolicySpecVgpuDeviceManagerConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c74e4625b986fa8a2b6dd509f346f119ef525e3b3bd65e8d1c656bd2865f11b)
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default is not None:
            self._values["default"] = default
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def default(self) -> typing.Optional[builtins.str]:
        '''Default config name within the ConfigMap.

        :schema: ClusterPolicySpecVgpuDeviceManagerConfig#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''ConfigMap name.

        :schema: ClusterPolicySpecVgpuDeviceManagerConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuDeviceManagerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecVgpuDeviceManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecVgpuDeviceManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__278d89089227e7df6fac45327196a0cd97e9195556f3c057b8b2bb561c507a8d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecVgpuDeviceManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecVgpuDeviceManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuDeviceManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecVgpuDeviceManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuDeviceManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abc4d784dbb84136fa3724f72037bd9f03a50df9c519968c1284c90ef5bcc157)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuDeviceManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuDeviceManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuDeviceManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuDeviceManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecVgpuDeviceManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecVgpuDeviceManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVgpuDeviceManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fd3d7f44e09d25de8c1dc3f61d7b5ff37915befe6294ea636f2212a94421ec4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuDeviceManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVgpuDeviceManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e745aa361c7b28ae4bbdd3ff00ef31cdc6f6a96fb83bcfc85768a3136773e1a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuDeviceManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecVgpuDeviceManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuDeviceManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecVgpuDeviceManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVgpuDeviceManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92afff2ba759c2e8f73de7a677a7806da03f913af56e6ffcf4c68ff904098260)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuDeviceManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVgpuDeviceManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7c8e7cd51593145521e7bccb52dad41e7bfeff9dbb554e296fb961339e0ac8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuDeviceManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManager",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "driver_manager": "driverManager",
        "enabled": "enabled",
        "env": "env",
        "host_network": "hostNetwork",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "kernel_module_config": "kernelModuleConfig",
        "repository": "repository",
        "resources": "resources",
        "version": "version",
    },
)
class ClusterPolicySpecVgpuManager:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        driver_manager: typing.Optional[typing.Union["ClusterPolicySpecVgpuManagerDriverManager", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecVgpuManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_network: typing.Optional[builtins.bool] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        kernel_module_config: typing.Optional[typing.Union["ClusterPolicySpecVgpuManagerKernelModuleConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        repository: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["ClusterPolicySpecVgpuManagerResources", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''VGPUManager component spec.

        :param args: Optional: List of arguments.
        :param driver_manager: DriverManager represents configuration for NVIDIA Driver Manager initContainer.
        :param enabled: Enabled indicates if deployment of NVIDIA vGPU Manager through operator is enabled.
        :param env: Optional: List of environment variables.
        :param host_network: HostNetwork indicates whether the vGPU Manager pod uses the host's network namespace.
        :param image: NVIDIA vGPU Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param kernel_module_config: Optional: Kernel module configuration parameters for the vGPU manager.
        :param repository: NVIDIA vGPU Manager image repository.
        :param resources: Optional: Define resources requests and limits for each pod.
        :param version: NVIDIA vGPU Manager image tag.

        :schema: ClusterPolicySpecVgpuManager
        '''
        if isinstance(driver_manager, dict):
            driver_manager = ClusterPolicySpecVgpuManagerDriverManager(**driver_manager)
        if isinstance(kernel_module_config, dict):
            kernel_module_config = ClusterPolicySpecVgpuManagerKernelModuleConfig(**kernel_module_config)
        if isinstance(resources, dict):
            resources = ClusterPolicySpecVgpuManagerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ddbde02654f403bcfe4c11f2919f37f7fdd20e0b3c944ffab4454dbe81d0485)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument driver_manager", value=driver_manager, expected_type=type_hints["driver_manager"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_network", value=host_network, expected_type=type_hints["host_network"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument kernel_module_config", value=kernel_module_config, expected_type=type_hints["kernel_module_config"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if driver_manager is not None:
            self._values["driver_manager"] = driver_manager
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if host_network is not None:
            self._values["host_network"] = host_network
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if kernel_module_config is not None:
            self._values["kernel_module_config"] = kernel_module_config
        if repository is not None:
            self._values["repository"] = repository
        if resources is not None:
            self._values["resources"] = resources
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional: List of arguments.

        :schema: ClusterPolicySpecVgpuManager#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def driver_manager(
        self,
    ) -> typing.Optional["ClusterPolicySpecVgpuManagerDriverManager"]:
        '''DriverManager represents configuration for NVIDIA Driver Manager initContainer.

        :schema: ClusterPolicySpecVgpuManager#driverManager
        '''
        result = self._values.get("driver_manager")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuManagerDriverManager"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled indicates if deployment of NVIDIA vGPU Manager through operator is enabled.

        :schema: ClusterPolicySpecVgpuManager#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["ClusterPolicySpecVgpuManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecVgpuManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecVgpuManagerEnv"]], result)

    @builtins.property
    def host_network(self) -> typing.Optional[builtins.bool]:
        '''HostNetwork indicates whether the vGPU Manager pod uses the host's network namespace.

        :schema: ClusterPolicySpecVgpuManager#hostNetwork
        '''
        result = self._values.get("host_network")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Manager  image name.

        :schema: ClusterPolicySpecVgpuManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecVgpuManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecVgpuManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def kernel_module_config(
        self,
    ) -> typing.Optional["ClusterPolicySpecVgpuManagerKernelModuleConfig"]:
        '''Optional: Kernel module configuration parameters for the vGPU manager.

        :schema: ClusterPolicySpecVgpuManager#kernelModuleConfig
        '''
        result = self._values.get("kernel_module_config")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuManagerKernelModuleConfig"], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Manager image repository.

        :schema: ClusterPolicySpecVgpuManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["ClusterPolicySpecVgpuManagerResources"]:
        '''Optional: Define resources requests and limits for each pod.

        :schema: ClusterPolicySpecVgpuManager#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["ClusterPolicySpecVgpuManagerResources"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''NVIDIA vGPU Manager image tag.

        :schema: ClusterPolicySpecVgpuManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerDriverManager",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "repository": "repository",
        "version": "version",
    },
)
class ClusterPolicySpecVgpuManagerDriverManager:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["ClusterPolicySpecVgpuManagerDriverManagerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        repository: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DriverManager represents configuration for NVIDIA Driver Manager initContainer.

        :param env: Optional: List of environment variables.
        :param image: Image represents NVIDIA Driver Manager image name.
        :param image_pull_policy: Image pull policy.
        :param image_pull_secrets: Image pull secrets.
        :param repository: Repository represents Driver Managerrepository path.
        :param version: Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecVgpuManagerDriverManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5eeb6ca403759277bdf4c629839487115106cee11762b82af629981b7a13e35f)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if repository is not None:
            self._values["repository"] = repository
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["ClusterPolicySpecVgpuManagerDriverManagerEnv"]]:
        '''Optional: List of environment variables.

        :schema: ClusterPolicySpecVgpuManagerDriverManager#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["ClusterPolicySpecVgpuManagerDriverManagerEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image represents NVIDIA Driver Manager image name.

        :schema: ClusterPolicySpecVgpuManagerDriverManager#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''Image pull policy.

        :schema: ClusterPolicySpecVgpuManagerDriverManager#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Image pull secrets.

        :schema: ClusterPolicySpecVgpuManagerDriverManager#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def repository(self) -> typing.Optional[builtins.str]:
        '''Repository represents Driver Managerrepository path.

        :schema: ClusterPolicySpecVgpuManagerDriverManager#repository
        '''
        result = self._values.get("repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version represents NVIDIA Driver Manager image tag(version).

        :schema: ClusterPolicySpecVgpuManagerDriverManager#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManagerDriverManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerDriverManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecVgpuManagerDriverManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerDriverManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f48d08a61b8a7af83554edbd52e2d5b96ef869caed4b0b9e8a8beb930e3e2607)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerDriverManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerDriverManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManagerDriverManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterPolicySpecVgpuManagerEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable.
        :param value: Value of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d224f4cb360706b97f0fbeb980e86cee1ef2788595da410f2078454719cfe7d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the environment variable.

        :schema: ClusterPolicySpecVgpuManagerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManagerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerKernelModuleConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ClusterPolicySpecVgpuManagerKernelModuleConfig:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Optional: Kernel module configuration parameters for the vGPU manager.

        :param name: 

        :schema: ClusterPolicySpecVgpuManagerKernelModuleConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__235dff9a6a2abe197ed588f69edbb4cca518a6cf1735006c2bf2ba325684675a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPolicySpecVgpuManagerKernelModuleConfig#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManagerKernelModuleConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class ClusterPolicySpecVgpuManagerResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesRequests"]] = None,
    ) -> None:
        '''Optional: Define resources requests and limits for each pod.

        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuManagerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be6761c2d4bb321ebdf6ba8aa8962d56e9c9f93fbcbfd2ff2e1f1655451e001b)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuManagerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: ClusterPolicySpecVgpuManagerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ClusterPolicySpecVgpuManagerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPolicySpecVgpuManagerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPolicySpecVgpuManagerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerResourcesLimits",
):
    '''
    :schema: ClusterPolicySpecVgpuManagerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVgpuManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68ade4f0711a99aa2488bb13cc2aef11cb11aab4ae6064d4ef7d39c2d83f2d2d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuManagerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVgpuManagerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41dad7b32a82198857ed1e4149dca83369b9220196710c232ed175e3ef02da7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuManagerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterPolicySpecVgpuManagerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="nvidia_comnvidia.ClusterPolicySpecVgpuManagerResourcesRequests",
):
    '''
    :schema: ClusterPolicySpecVgpuManagerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPolicySpecVgpuManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7dc7c6ad9e2b5e0c55c415deff24671b82807814b535f3c419d6471326f1663)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuManagerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPolicySpecVgpuManagerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cceb5378ff628d0ef3c1ac425e1ef916b4e112a67bee70af6967dace24f4c03)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPolicySpecVgpuManagerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


__all__ = [
    "ClusterPolicy",
    "ClusterPolicyProps",
    "ClusterPolicySpec",
    "ClusterPolicySpecCcManager",
    "ClusterPolicySpecCcManagerDefaultMode",
    "ClusterPolicySpecCcManagerEnv",
    "ClusterPolicySpecCcManagerResources",
    "ClusterPolicySpecCcManagerResourcesLimits",
    "ClusterPolicySpecCcManagerResourcesRequests",
    "ClusterPolicySpecCdi",
    "ClusterPolicySpecDaemonsets",
    "ClusterPolicySpecDaemonsetsPodSecurityContext",
    "ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile",
    "ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions",
    "ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile",
    "ClusterPolicySpecDaemonsetsPodSecurityContextSysctls",
    "ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions",
    "ClusterPolicySpecDaemonsetsRollingUpdate",
    "ClusterPolicySpecDaemonsetsTolerations",
    "ClusterPolicySpecDaemonsetsUpdateStrategy",
    "ClusterPolicySpecDcgm",
    "ClusterPolicySpecDcgmEnv",
    "ClusterPolicySpecDcgmExporter",
    "ClusterPolicySpecDcgmExporterConfig",
    "ClusterPolicySpecDcgmExporterEnv",
    "ClusterPolicySpecDcgmExporterHpcJobMapping",
    "ClusterPolicySpecDcgmExporterResources",
    "ClusterPolicySpecDcgmExporterResourcesLimits",
    "ClusterPolicySpecDcgmExporterResourcesRequests",
    "ClusterPolicySpecDcgmExporterService",
    "ClusterPolicySpecDcgmExporterServiceMonitor",
    "ClusterPolicySpecDcgmExporterServiceMonitorRelabelings",
    "ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction",
    "ClusterPolicySpecDcgmResources",
    "ClusterPolicySpecDcgmResourcesLimits",
    "ClusterPolicySpecDcgmResourcesRequests",
    "ClusterPolicySpecDevicePlugin",
    "ClusterPolicySpecDevicePluginConfig",
    "ClusterPolicySpecDevicePluginEnv",
    "ClusterPolicySpecDevicePluginMps",
    "ClusterPolicySpecDevicePluginResources",
    "ClusterPolicySpecDevicePluginResourcesLimits",
    "ClusterPolicySpecDevicePluginResourcesRequests",
    "ClusterPolicySpecDriver",
    "ClusterPolicySpecDriverCertConfig",
    "ClusterPolicySpecDriverEnv",
    "ClusterPolicySpecDriverKernelModuleConfig",
    "ClusterPolicySpecDriverKernelModuleType",
    "ClusterPolicySpecDriverLicensingConfig",
    "ClusterPolicySpecDriverLivenessProbe",
    "ClusterPolicySpecDriverManager",
    "ClusterPolicySpecDriverManagerEnv",
    "ClusterPolicySpecDriverRdma",
    "ClusterPolicySpecDriverReadinessProbe",
    "ClusterPolicySpecDriverRepoConfig",
    "ClusterPolicySpecDriverResources",
    "ClusterPolicySpecDriverResourcesLimits",
    "ClusterPolicySpecDriverResourcesRequests",
    "ClusterPolicySpecDriverStartupProbe",
    "ClusterPolicySpecDriverUpgradePolicy",
    "ClusterPolicySpecDriverUpgradePolicyDrain",
    "ClusterPolicySpecDriverUpgradePolicyMaxUnavailable",
    "ClusterPolicySpecDriverUpgradePolicyPodDeletion",
    "ClusterPolicySpecDriverUpgradePolicyWaitForCompletion",
    "ClusterPolicySpecDriverVirtualTopology",
    "ClusterPolicySpecGdrcopy",
    "ClusterPolicySpecGdrcopyEnv",
    "ClusterPolicySpecGds",
    "ClusterPolicySpecGdsEnv",
    "ClusterPolicySpecGfd",
    "ClusterPolicySpecGfdEnv",
    "ClusterPolicySpecGfdResources",
    "ClusterPolicySpecGfdResourcesLimits",
    "ClusterPolicySpecGfdResourcesRequests",
    "ClusterPolicySpecHostPaths",
    "ClusterPolicySpecKataManager",
    "ClusterPolicySpecKataManagerConfig",
    "ClusterPolicySpecKataManagerConfigRuntimeClasses",
    "ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts",
    "ClusterPolicySpecKataManagerEnv",
    "ClusterPolicySpecKataManagerResources",
    "ClusterPolicySpecKataManagerResourcesLimits",
    "ClusterPolicySpecKataManagerResourcesRequests",
    "ClusterPolicySpecKataSandboxDevicePlugin",
    "ClusterPolicySpecKataSandboxDevicePluginEnv",
    "ClusterPolicySpecKataSandboxDevicePluginResources",
    "ClusterPolicySpecKataSandboxDevicePluginResourcesLimits",
    "ClusterPolicySpecKataSandboxDevicePluginResourcesRequests",
    "ClusterPolicySpecMig",
    "ClusterPolicySpecMigManager",
    "ClusterPolicySpecMigManagerConfig",
    "ClusterPolicySpecMigManagerConfigDefault",
    "ClusterPolicySpecMigManagerEnv",
    "ClusterPolicySpecMigManagerGpuClientsConfig",
    "ClusterPolicySpecMigManagerResources",
    "ClusterPolicySpecMigManagerResourcesLimits",
    "ClusterPolicySpecMigManagerResourcesRequests",
    "ClusterPolicySpecMigStrategy",
    "ClusterPolicySpecNodeStatusExporter",
    "ClusterPolicySpecNodeStatusExporterEnv",
    "ClusterPolicySpecNodeStatusExporterResources",
    "ClusterPolicySpecNodeStatusExporterResourcesLimits",
    "ClusterPolicySpecNodeStatusExporterResourcesRequests",
    "ClusterPolicySpecOperator",
    "ClusterPolicySpecOperatorInitContainer",
    "ClusterPolicySpecOperatorMetrics",
    "ClusterPolicySpecOperatorMetricsServiceMonitor",
    "ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings",
    "ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction",
    "ClusterPolicySpecPsa",
    "ClusterPolicySpecPsp",
    "ClusterPolicySpecSandboxDevicePlugin",
    "ClusterPolicySpecSandboxDevicePluginEnv",
    "ClusterPolicySpecSandboxDevicePluginResources",
    "ClusterPolicySpecSandboxDevicePluginResourcesLimits",
    "ClusterPolicySpecSandboxDevicePluginResourcesRequests",
    "ClusterPolicySpecSandboxWorkloads",
    "ClusterPolicySpecSandboxWorkloadsDefaultWorkload",
    "ClusterPolicySpecSandboxWorkloadsMode",
    "ClusterPolicySpecToolkit",
    "ClusterPolicySpecToolkitEnv",
    "ClusterPolicySpecToolkitResources",
    "ClusterPolicySpecToolkitResourcesLimits",
    "ClusterPolicySpecToolkitResourcesRequests",
    "ClusterPolicySpecValidator",
    "ClusterPolicySpecValidatorCuda",
    "ClusterPolicySpecValidatorCudaEnv",
    "ClusterPolicySpecValidatorDriver",
    "ClusterPolicySpecValidatorDriverEnv",
    "ClusterPolicySpecValidatorEnv",
    "ClusterPolicySpecValidatorPlugin",
    "ClusterPolicySpecValidatorPluginEnv",
    "ClusterPolicySpecValidatorResources",
    "ClusterPolicySpecValidatorResourcesLimits",
    "ClusterPolicySpecValidatorResourcesRequests",
    "ClusterPolicySpecValidatorToolkit",
    "ClusterPolicySpecValidatorToolkitEnv",
    "ClusterPolicySpecValidatorVfioPci",
    "ClusterPolicySpecValidatorVfioPciEnv",
    "ClusterPolicySpecValidatorVgpuDevices",
    "ClusterPolicySpecValidatorVgpuDevicesEnv",
    "ClusterPolicySpecValidatorVgpuManager",
    "ClusterPolicySpecValidatorVgpuManagerEnv",
    "ClusterPolicySpecVfioManager",
    "ClusterPolicySpecVfioManagerDriverManager",
    "ClusterPolicySpecVfioManagerDriverManagerEnv",
    "ClusterPolicySpecVfioManagerEnv",
    "ClusterPolicySpecVfioManagerResources",
    "ClusterPolicySpecVfioManagerResourcesLimits",
    "ClusterPolicySpecVfioManagerResourcesRequests",
    "ClusterPolicySpecVgpuDeviceManager",
    "ClusterPolicySpecVgpuDeviceManagerConfig",
    "ClusterPolicySpecVgpuDeviceManagerEnv",
    "ClusterPolicySpecVgpuDeviceManagerResources",
    "ClusterPolicySpecVgpuDeviceManagerResourcesLimits",
    "ClusterPolicySpecVgpuDeviceManagerResourcesRequests",
    "ClusterPolicySpecVgpuManager",
    "ClusterPolicySpecVgpuManagerDriverManager",
    "ClusterPolicySpecVgpuManagerDriverManagerEnv",
    "ClusterPolicySpecVgpuManagerEnv",
    "ClusterPolicySpecVgpuManagerKernelModuleConfig",
    "ClusterPolicySpecVgpuManagerResources",
    "ClusterPolicySpecVgpuManagerResourcesLimits",
    "ClusterPolicySpecVgpuManagerResourcesRequests",
]

publication.publish()

def _typecheckingstub__5955b86a38058b0e778091100f0ad0c8a665cfadaf9e13cafb91cb5554b96211(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52ac5148d287b790032bfc537aad701b8ff9e02c7e029d4fc82569703a3d8c69(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1a6927c112b49ef6ae9b724e2dded081b13db1a2dd027ca4c7b3a2ca0d8d76f(
    *,
    daemonsets: typing.Union[ClusterPolicySpecDaemonsets, typing.Dict[builtins.str, typing.Any]],
    dcgm: typing.Union[ClusterPolicySpecDcgm, typing.Dict[builtins.str, typing.Any]],
    dcgm_exporter: typing.Union[ClusterPolicySpecDcgmExporter, typing.Dict[builtins.str, typing.Any]],
    device_plugin: typing.Union[ClusterPolicySpecDevicePlugin, typing.Dict[builtins.str, typing.Any]],
    driver: typing.Union[ClusterPolicySpecDriver, typing.Dict[builtins.str, typing.Any]],
    gfd: typing.Union[ClusterPolicySpecGfd, typing.Dict[builtins.str, typing.Any]],
    node_status_exporter: typing.Union[ClusterPolicySpecNodeStatusExporter, typing.Dict[builtins.str, typing.Any]],
    operator: typing.Union[ClusterPolicySpecOperator, typing.Dict[builtins.str, typing.Any]],
    toolkit: typing.Union[ClusterPolicySpecToolkit, typing.Dict[builtins.str, typing.Any]],
    cc_manager: typing.Optional[typing.Union[ClusterPolicySpecCcManager, typing.Dict[builtins.str, typing.Any]]] = None,
    cdi: typing.Optional[typing.Union[ClusterPolicySpecCdi, typing.Dict[builtins.str, typing.Any]]] = None,
    gdrcopy: typing.Optional[typing.Union[ClusterPolicySpecGdrcopy, typing.Dict[builtins.str, typing.Any]]] = None,
    gds: typing.Optional[typing.Union[ClusterPolicySpecGds, typing.Dict[builtins.str, typing.Any]]] = None,
    host_paths: typing.Optional[typing.Union[ClusterPolicySpecHostPaths, typing.Dict[builtins.str, typing.Any]]] = None,
    kata_manager: typing.Optional[typing.Union[ClusterPolicySpecKataManager, typing.Dict[builtins.str, typing.Any]]] = None,
    kata_sandbox_device_plugin: typing.Optional[typing.Union[ClusterPolicySpecKataSandboxDevicePlugin, typing.Dict[builtins.str, typing.Any]]] = None,
    mig: typing.Optional[typing.Union[ClusterPolicySpecMig, typing.Dict[builtins.str, typing.Any]]] = None,
    mig_manager: typing.Optional[typing.Union[ClusterPolicySpecMigManager, typing.Dict[builtins.str, typing.Any]]] = None,
    psa: typing.Optional[typing.Union[ClusterPolicySpecPsa, typing.Dict[builtins.str, typing.Any]]] = None,
    psp: typing.Optional[typing.Union[ClusterPolicySpecPsp, typing.Dict[builtins.str, typing.Any]]] = None,
    sandbox_device_plugin: typing.Optional[typing.Union[ClusterPolicySpecSandboxDevicePlugin, typing.Dict[builtins.str, typing.Any]]] = None,
    sandbox_workloads: typing.Optional[typing.Union[ClusterPolicySpecSandboxWorkloads, typing.Dict[builtins.str, typing.Any]]] = None,
    validator: typing.Optional[typing.Union[ClusterPolicySpecValidator, typing.Dict[builtins.str, typing.Any]]] = None,
    vfio_manager: typing.Optional[typing.Union[ClusterPolicySpecVfioManager, typing.Dict[builtins.str, typing.Any]]] = None,
    vgpu_device_manager: typing.Optional[typing.Union[ClusterPolicySpecVgpuDeviceManager, typing.Dict[builtins.str, typing.Any]]] = None,
    vgpu_manager: typing.Optional[typing.Union[ClusterPolicySpecVgpuManager, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce4a1574bb74f7c5a2b958359f018c7639e82d565a1a0c41454980952484b3ee(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_mode: typing.Optional[ClusterPolicySpecCcManagerDefaultMode] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecCcManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecCcManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21cd12d87145b9dc4b71117f3965efc7e8dcf63c1288ea648a53edf8bb80c7c1(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5ab9fd479181994a0da0fbe60db362a8eb7f3c7062ad5fde4b2642d48030342(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecCcManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecCcManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6d938c928d7b0df2780f9bcf8022f0b775a6272bd350e69f1e7140716866cc8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99a911d9a7bf579811190dd9319332d30ad47f4a78f318543581d1ef8cba338a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cb391a0a5056d0ab699f9832265cd2c3b6f08e021d5c80677917d49d9304089(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14563ea7cecab0263a4063721c713d5977978aeb1e2067ea95e6faa4afb4f17c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04ab97982cad6352db64fd2056c101137589c86ea0c500c73d670f41d66b9f1c(
    *,
    default: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    nri_plugin_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__712ab89ed2cdec16922ea19174993e0fb962d480d017c051c8ce1b2e215c84e2(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pod_security_context: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    rolling_update: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDaemonsetsTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    update_strategy: typing.Optional[ClusterPolicySpecDaemonsetsUpdateStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__079fc13500de7ea1c7657e1f3358d662191099bcb6236fb241d8f9e571cd1493(
    *,
    app_armor_profile: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_change_policy: typing.Optional[builtins.str] = None,
    se_linux_options: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    supplemental_groups_policy: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContextSysctls, typing.Dict[builtins.str, typing.Any]]]] = None,
    windows_options: typing.Optional[typing.Union[ClusterPolicySpecDaemonsetsPodSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f316f6186735372699b542000dd73bf3a0aed5d36685a806bd4fe047b3063594(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c49edb99dc73b886b358f067eb5ba1fe5df5f0491b65d32fce429fb7f7da0b83(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58424ba388fde4149ba56498cf1724d70e1940b29d0fb48e832f5a03fed3957f(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ac6bfa7613aff27a9afa60c2b9f47ea58a61d85bd0564a33a0c7218bbae987e(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__618c5b09106946d71097250538ed414dd380869518de3b97f4cd3c4dcdcdc52e(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b97ad2f7fbc09416033f37f48eb0f52276d47e77fdc601ea8e5357b1c064cee(
    *,
    max_unavailable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__999693e38cfd7e8670ec9a2f278bdc0062832ff16857aabde8f79ca8f741954d(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24cdde54c961b556cf6fc74edc013bafebef67588f50896a3c3b3452158496e1(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDcgmEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    host_port: typing.Optional[jsii.Number] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecDcgmResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d85018bb1feb3f71947b00019f837f354806767e0fd17d0069a2b7c808c6b849(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e89e2840ae76fcbe60c00d06fd49e4c5878f1d2334769896d984af6152069fa0(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Optional[typing.Union[ClusterPolicySpecDcgmExporterConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    enable_pod_labels: typing.Optional[builtins.bool] = None,
    enable_pod_uid: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDcgmExporterEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    host_pid: typing.Optional[builtins.bool] = None,
    hpc_job_mapping: typing.Optional[typing.Union[ClusterPolicySpecDcgmExporterHpcJobMapping, typing.Dict[builtins.str, typing.Any]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    pod_label_allowlist_regex: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecDcgmExporterResources, typing.Dict[builtins.str, typing.Any]]] = None,
    service: typing.Optional[typing.Union[ClusterPolicySpecDcgmExporterService, typing.Dict[builtins.str, typing.Any]]] = None,
    service_monitor: typing.Optional[typing.Union[ClusterPolicySpecDcgmExporterServiceMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f6a3bd21b5d489f97e7cad9c3ff29a96eb676c122b1f9da8cd46e14d1a28dfb(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d09c6d9fb749306dd9c4491cffa851de8c5fcd0195b69539b5f8ba521c70b03e(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6020feedb9902d2fb1d96dd221d6c7a5d7a7c94fb63e135729511524334b161(
    *,
    directory: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1a3a910275897f8ad9c3da66e884e3d3ca15e42a026ee3d7db6d2514d066f3c(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDcgmExporterResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDcgmExporterResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03c9d5d6eedce6fc2d6554193509317bafb15e9c3638c7170b1e1f5e6cd43421(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fab5f741842642beda7d2e5e5b2ec50f77f7de12d5f3cd4b14c6aa9376d14a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01636943894330b96db4848cc617f7f41941dac2ed3dace32927790bd8c3bfdb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10ac4f55b1dbc98dcdaa0c0a9826fdaf9e31f1b53c6d2158b207de53fba0ec8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cf769a8e667309b97db05daed63748fc2e517b2b08b1b9a469201ec58a9a782(
    *,
    internal_traffic_policy: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6254933e924645903956b0868d3bd85b9b561f318a4f282c2d3e71b2cc9d1e22(
    *,
    additional_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    honor_labels: typing.Optional[builtins.bool] = None,
    interval: typing.Optional[builtins.str] = None,
    relabelings: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDcgmExporterServiceMonitorRelabelings, typing.Dict[builtins.str, typing.Any]]]] = None,
    scrape_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__602c510736d3b4a56d186d043f70813f51a06c2ba78eb3dc74b0b20948cbd8c7(
    *,
    action: typing.Optional[ClusterPolicySpecDcgmExporterServiceMonitorRelabelingsAction] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__222753ae3e96ce2166c1e776822b6b32ca056d1dd6cf870fdf430e80d181b4d3(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDcgmResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDcgmResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53c63e3576ad079a749bd9176cab14872ea943e8e30c7065d8cce41f2ab96f53(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7eae5fd4d540c0f983aa630ef84da01cc0e960d87fb2f3ebc26c5afc753649b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afc050efdb980c067225f01c763e15e0237b87f9b402b37cae2babdb3f0b2b81(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9670c5904de9c0b521fe77b37ca28f7bbb8bf1088d6f79684946134c76f536be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac17524b30ba838d5cbda642f023629b997d8131e52f2f80a527aac11bb9922c(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Optional[typing.Union[ClusterPolicySpecDevicePluginConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDevicePluginEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    mps: typing.Optional[typing.Union[ClusterPolicySpecDevicePluginMps, typing.Dict[builtins.str, typing.Any]]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecDevicePluginResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa75b3019e1985c2189dc208d230b64369c0c915a3db1370a1f4e49be339339(
    *,
    default: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8da58a1278481bf437e73faf2bcb17c30f355ecfb088e4092ac490d2faf2e737(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19e13907a524361c170fd940d22f94275b52fa496c8c1ba21de282bd72974327(
    *,
    root: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__201485a6c72284add930201361eb0284d08aa029116af122bb979a9548896cdc(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDevicePluginResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDevicePluginResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34707b2765bd10b453bad590d37ed131c0f7e3ce9c339589695426e93eaabba0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d703a2dd46e4f5240e3cf074cfc865435d9573d861be95f2eca38afcd0a0c484(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cab0fffc4a56d7252123a721df5b8fd43f6084b400c26ecfe7f4acabf0f28e2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2926e36ddb2e8e5aef269382403d1564d380312a437b1ea9e08e88cf1db55bf5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26e9eaf185c331ee4a4e918f78feef708d8f3e0ead46a3a7908ef0c57b1372fd(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    cert_config: typing.Optional[typing.Union[ClusterPolicySpecDriverCertConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDriverEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    kernel_module_config: typing.Optional[typing.Union[ClusterPolicySpecDriverKernelModuleConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    kernel_module_type: typing.Optional[ClusterPolicySpecDriverKernelModuleType] = None,
    licensing_config: typing.Optional[typing.Union[ClusterPolicySpecDriverLicensingConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[ClusterPolicySpecDriverLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    manager: typing.Optional[typing.Union[ClusterPolicySpecDriverManager, typing.Dict[builtins.str, typing.Any]]] = None,
    rdma: typing.Optional[typing.Union[ClusterPolicySpecDriverRdma, typing.Dict[builtins.str, typing.Any]]] = None,
    readiness_probe: typing.Optional[typing.Union[ClusterPolicySpecDriverReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    repo_config: typing.Optional[typing.Union[ClusterPolicySpecDriverRepoConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecDriverResources, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_env: typing.Optional[builtins.str] = None,
    startup_probe: typing.Optional[typing.Union[ClusterPolicySpecDriverStartupProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    upgrade_policy: typing.Optional[typing.Union[ClusterPolicySpecDriverUpgradePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    use_nvidia_driver_crd: typing.Optional[builtins.bool] = None,
    use_open_kernel_modules: typing.Optional[builtins.bool] = None,
    use_precompiled: typing.Optional[builtins.bool] = None,
    version: typing.Optional[builtins.str] = None,
    virtual_topology: typing.Optional[typing.Union[ClusterPolicySpecDriverVirtualTopology, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29dc6021bfc8ef061b907c4830a1a6093ae33e22e03de4d3a3c3ee06afa0a199(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7845acea0a0dcfd10c603ddd97fc113c898297551e931c4511400da23b0dfbe2(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6a7e99f393f5903856e13028df413b30955c2a5faee6a097057aad2192cf735(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ed3a53ba17b2ef4505646072d01407223c8fc9b32508732971c92a3fa8647ba(
    *,
    config_map_name: typing.Optional[builtins.str] = None,
    nls_enabled: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0ffa25ce8ae510bc0592b1a438d410d868c2dec2b8df5f366a86cfad8903555(
    *,
    failure_threshold: typing.Optional[jsii.Number] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce25a08a8d67eb3d135dbe801a8085174a6e00eb4e2ed293482501c7d67b56f4(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecDriverManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77253aec8f24e261cc865ebded453c620052e4cf3eeae002f1b9bc467089cc06(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6829a0be1dea585e1af71667a45c308790add43bc34abb501fdbd885b6fa264(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    use_host_mofed: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8b79d85b239d4bd87d8f8da003689ac32f5b0fbf4cfd0bb56d3cfeeaab93f98(
    *,
    failure_threshold: typing.Optional[jsii.Number] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b21fdf35129e746f053327b363e01631224743ea8baba0fdf4e92218df084462(
    *,
    config_map_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66c3ff2980a65e3ca9de5db5c2929091092d98b3b78a90a5d449913a62f3c4e8(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDriverResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecDriverResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d090b87afb0d967ea49288961d3ecab78dcbc60c2e05a8e23d142815ae30340a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae228fc8b1b8236722fc7d2231fae55068e8b20c9d4fd6c913dd7254572af2b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b7657be93a93b2f5220819d4e75868bdd0894d38393cc61719be9b4819b4caf(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3797d0c20865df977f50166328682953f2ca009f5dea273d764b1591d5154306(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3145c242b27549b82949689e9ca0d22546b4117de2538010e26661adff8d81a4(
    *,
    failure_threshold: typing.Optional[jsii.Number] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2027dc3bfe40fae0d93b78a498f39acc425644c286375da67cb8c5c420ac17d(
    *,
    auto_upgrade: typing.Optional[builtins.bool] = None,
    drain: typing.Optional[typing.Union[ClusterPolicySpecDriverUpgradePolicyDrain, typing.Dict[builtins.str, typing.Any]]] = None,
    max_parallel_upgrades: typing.Optional[jsii.Number] = None,
    max_unavailable: typing.Optional[ClusterPolicySpecDriverUpgradePolicyMaxUnavailable] = None,
    pod_deletion: typing.Optional[typing.Union[ClusterPolicySpecDriverUpgradePolicyPodDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    wait_for_completion: typing.Optional[typing.Union[ClusterPolicySpecDriverUpgradePolicyWaitForCompletion, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1c834e227be1b33732a10c1e4bbb94b957907a0600c136fb675b86e673b1e65(
    *,
    delete_empty_dir: typing.Optional[builtins.bool] = None,
    enable: typing.Optional[builtins.bool] = None,
    force: typing.Optional[builtins.bool] = None,
    pod_selector: typing.Optional[builtins.str] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a06942dca30305192ccc5a4eef8753f91314283f7a945acfffb42ecd9fdfb8c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7169c29e66f57627d4798495904c874033dd141da36c8edd91d4a58d3109e56e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57c6ea962285294b3b00e5ac3d14c1e07157b0ce0334f1a672d0f2d2bc1358b5(
    *,
    delete_empty_dir: typing.Optional[builtins.bool] = None,
    force: typing.Optional[builtins.bool] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__621ed7f0f81282eb094d86dca863037da1a3e05a831117906bfbc53b9a9af823(
    *,
    pod_selector: typing.Optional[builtins.str] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8863a3a8e6fb6412a06c11142912b60d282b2d4e4f805cab40238f9533c6c0ad(
    *,
    config: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e969aa547d7a1c02db4fc3df1c76ab0e6ef38c90187c589d825cefe4b231119f(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecGdrcopyEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c26346e51fee7924ff39df3b80cfbd9689a754172fe0972e5316f077bef482dc(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc315ac5d4c41709f55c1a37d6b8f9e7a18d06d4b22d491c00c1a70c5be4b4b3(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecGdsEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7de5bfa1f8d3cea31b82f671072456d96c44de1bc2d4e5147d97f742afe62738(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71e10c5bb024668d3baf8d6cdcfc597b9f6ac2b5eabd7490ea6773eea9367926(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecGfdEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecGfdResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddd02d0df5cb76f2f402cd37b78679279c5a56ad0dcf54fe1763db2b922e73d3(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce47db378419e7c0e21dc1cd72a4d972674384ee5e4d03d7ad7dc8fb48afd7eb(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecGfdResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecGfdResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14905456f09da873f4c7467822e28d637c521dff2b5f679659ba1c31e9b8fe42(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75a3d0e0a51a768ea1d431856652fb8ee79cded0b0fb1da7b4883cf747cf1319(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deb703a806e514b83308f30aa4edbeaffd85a5bd21a7a2b3d880c39092f0ab2c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5fb09d33b1136dd358891ddaa6223904af490f79112a79c02eb3746d63379111(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d46a085d8258ec7e66ab6ffe06576e1092fe7f2c02a998aaa9a5ac9b92d8adc7(
    *,
    driver_install_dir: typing.Optional[builtins.str] = None,
    kubelet_root_dir: typing.Optional[builtins.str] = None,
    root_fs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9cc61501f483de338d2e1262a078f895050265dcd0e847641a59b72d0c479776(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Optional[typing.Union[ClusterPolicySpecKataManagerConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecKataManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecKataManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cf18a0cf8bea9e3ea2df65360091b902aa5736fcbfd6794c4fdff4e49291015(
    *,
    artifacts_dir: typing.Optional[builtins.str] = None,
    runtime_classes: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecKataManagerConfigRuntimeClasses, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__901e67c4778826d1bfe6bb2a3a361b932f07816899808c1834b0d32f81ca277f(
    *,
    artifacts: typing.Union[ClusterPolicySpecKataManagerConfigRuntimeClassesArtifacts, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83b3b03aba3b68902a945dde3d572ef6fe008f5ec17eda5fac1871170d9be6d7(
    *,
    url: builtins.str,
    pull_secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82fad1bc5b323964e7c7b05b54d125cf252afe4e680ece1e56a40d5edad91966(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13606d481d5c02ccec9245f1bda3f8ab22a3b1bb43a99a49704492cc11af4fb1(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecKataManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecKataManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b36bb2dc6f69af4064c93ca5c14c7749870d91c1ee830a345757b0e91202e950(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f759a372658a301451871bd306795b9670cf3f0d664ea70ffb0b318ddc27b35(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d72bfd62cdd0228afe5a640b70a5e3fd7346d19f505ea3ce7fbebe85e396e6e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7668995afa4aba14a1c6e0115ccb3f960625d1e0b5c6f265fa7380c7ed73cf91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecac6c4ddec3463ab0f7b81938a6b28760ee945048ba880917fe6b530670ef44(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecKataSandboxDevicePluginEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecKataSandboxDevicePluginResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db843c5ea6a06cde604913d47afeb7f9239ec7598e17d4cb21441e6a127d72bf(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b3c275b983136e7173ade12a03f7852dcdfdf509a65c68726ec3927b1e41390(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecKataSandboxDevicePluginResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecKataSandboxDevicePluginResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8b36453b0ce9c3b587f078ddae115752186748546c51fabcfa137042edd39bf(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe77cab4a933b49956c2c05611a6470171b5b69512770ab265d3d57ab06ceab6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e575d8d886c47be795e6aac4fd63e69da3ea899454b6cd2fecd407168770ba6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24a7930582baaea2b7869b4fea0c85183d160b4ddc538ada49a2ae5707ee85f9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__986f96a386ae15626a5207274422682b2a09bc235fc2a2c0f79dbb9553f1b9b6(
    *,
    strategy: typing.Optional[ClusterPolicySpecMigStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bc3a47b72ffa9cbbc719d15839b175d2f03b93f3afda3ea7eb4d7910ede08fb(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Optional[typing.Union[ClusterPolicySpecMigManagerConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecMigManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    gpu_clients_config: typing.Optional[typing.Union[ClusterPolicySpecMigManagerGpuClientsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecMigManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5089c18e4c6e7d7d59c4824797504902349af721d29ade08c9726afb2ad53137(
    *,
    default: typing.Optional[ClusterPolicySpecMigManagerConfigDefault] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d58963a4edaf71128c65d9390b894a4f25e70fd993c707770250306138c0be7(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee3a000200c56ad3cc30c911a552e5be337b73e034bb804b4fd8a908c94e5679(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e0ece63fb1597f71fd601879f61aa05438f49ac1c7ef1afc757d1deb4f11702(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecMigManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecMigManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85ff8bc5abe362ce2221e09f898ec0bb716083b1a92fcbe7abffc750b547f376(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f18c2049a42b5132ae1fe730312a8593ce71173d7f6a101ce8a8255f3e734eb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a248c32dcb3db424530d7ebc4f62a18c4c90bb1989d38a81fe31f4a235f599d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c586436583ab2da5134033b2105b71b700344510a35f07d77c9504874853245a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef8e49c78685c0964b899ffbf03fd89345f4fd7615d3e02a655a0b429e854d05(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecNodeStatusExporterEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecNodeStatusExporterResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d74eba0bf9c9d13b67f1c16f57a8f0dc85dd517b3d4b3de9dd23cba6fc51b3ba(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8815b5fbe28a0cecd477935a733cdc5865b849d12f2cd1447619ea6f63bf5a8d(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecNodeStatusExporterResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecNodeStatusExporterResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdf463f809b245d0cfe8e67ff53282e8dda89a078d4d7211f11268fbd496b5c3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86a7b4016d8454da2e3b3b071e5e6ce3214f594c49e026e4cfcf20b0ba1c7c18(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59709141465e807a2c99b378367ae80327e54601ffa55affbd90521d456700fd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7e13e58b53efaca429ded7bfb2730e3d559932f2b40f413f2379e33c6bbedd2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2200278c70d881a229b235dc6911351672292ca040959a334deabe314c7b8e27(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    default_runtime: typing.Optional[builtins.str] = None,
    init_container: typing.Optional[typing.Union[ClusterPolicySpecOperatorInitContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    metrics: typing.Optional[typing.Union[ClusterPolicySpecOperatorMetrics, typing.Dict[builtins.str, typing.Any]]] = None,
    runtime_class: typing.Optional[builtins.str] = None,
    use_ocp_driver_toolkit: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbc42bd7b533fce3a8c51391551ed9793859f60504ce1948d62d6081c721fafb(
    *,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec1d33b4c2b810ab9b3dc7c42de4d4795753588e68ae5fd7b6be47823092c37d(
    *,
    service_monitor: typing.Optional[typing.Union[ClusterPolicySpecOperatorMetricsServiceMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__835ef129e3b26afc2b11c43589f3e7a198805074d7e46838a96d49cc7852601e(
    *,
    additional_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    honor_labels: typing.Optional[builtins.bool] = None,
    interval: typing.Optional[builtins.str] = None,
    relabelings: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecOperatorMetricsServiceMonitorRelabelings, typing.Dict[builtins.str, typing.Any]]]] = None,
    scrape_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df47d7cffd6e12abf6f009fd3b71913b9a1fdde3dd904c18de695ae5f3b818f8(
    *,
    action: typing.Optional[ClusterPolicySpecOperatorMetricsServiceMonitorRelabelingsAction] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d45ef49ccbe668dbdfbb4cd7ba01a89a0f8dbee51fbe67f3b4afe37217925e53(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bce6498193e664f5220373589a401e5080483d344a9f5e7c91d1df4740e76e50(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9463caad37d8b2f30625fa581d64282419741e85a464bc03d268803c47d2d268(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecSandboxDevicePluginEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecSandboxDevicePluginResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fee6699abf41f0a1e59566b206d6c7effd2624ec7e0dedf67134c730a7a7228c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28b349411648fbccd0eb63e914a7aeb3b30d6fd87f8141b6b37c8b2a4ef54ca0(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecSandboxDevicePluginResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecSandboxDevicePluginResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fd931e3e8503fba16cdef9c71b0df371b00196ffc303d7e30f7533d21dee33e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c97162d891d8040fe7fdbc81811169549d4bcb4dafbf821009f0b19661a48a2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f581e685f3d2dad043eb1a4ac9077056f1636b55e59d5d735da8c6944f44f818(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6927f8d4f26357d8ddbcab0fef7fa87a2e892c843792c9808a02c76910885f44(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0c354d4af99962acb83099b573420695b128cdb65e4ec6f590d96c4672dccb6(
    *,
    default_workload: typing.Optional[ClusterPolicySpecSandboxWorkloadsDefaultWorkload] = None,
    enabled: typing.Optional[builtins.bool] = None,
    mode: typing.Optional[ClusterPolicySpecSandboxWorkloadsMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9181b287cb6d5bd397f4e384c8b468215c4d72c665b5d492caea069edb457d6f(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecToolkitEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    install_dir: typing.Optional[builtins.str] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecToolkitResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b196b0a0a164c11b74cc3e659bfcc539ecead7025ca766c36424b54e97bf1e9d(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b811f84d1adb7f08fa96a9bd2124b0bf87e3fed8062f8b01939aa2eebc307107(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecToolkitResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecToolkitResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9986ec6eb042c4bfec4a6a80bc8c3c68359c169d8a4250d1b6ddda2d9a77befc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2c8e0f7a59ae4a75c69387195e980d2cff0e79ac1c7e50157ac4f3cb2ac4690(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04c3eab91c7fdf74cdf13fdfd2164e9fd8a27aaef6c79e05295edae4c440c5d5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abdda6287eb82271a567cd085356c46d0f4b6e2f721aa472d75cf9948edb224b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b97945eadb613410c8880f32f98aa66aaace65f524c15a33c3e79cf5d4d2ca61(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    cuda: typing.Optional[typing.Union[ClusterPolicySpecValidatorCuda, typing.Dict[builtins.str, typing.Any]]] = None,
    driver: typing.Optional[typing.Union[ClusterPolicySpecValidatorDriver, typing.Dict[builtins.str, typing.Any]]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    plugin: typing.Optional[typing.Union[ClusterPolicySpecValidatorPlugin, typing.Dict[builtins.str, typing.Any]]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecValidatorResources, typing.Dict[builtins.str, typing.Any]]] = None,
    toolkit: typing.Optional[typing.Union[ClusterPolicySpecValidatorToolkit, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
    vfio_pci: typing.Optional[typing.Union[ClusterPolicySpecValidatorVfioPci, typing.Dict[builtins.str, typing.Any]]] = None,
    vgpu_devices: typing.Optional[typing.Union[ClusterPolicySpecValidatorVgpuDevices, typing.Dict[builtins.str, typing.Any]]] = None,
    vgpu_manager: typing.Optional[typing.Union[ClusterPolicySpecValidatorVgpuManager, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d25f1a71ea599bc100efaf461561ece17a6b0c17ea52e4429367e35f210669aa(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorCudaEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03666d2af98137061d6ee1b7aeac7ba048b48a0908699afac02d36e5f391431f(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c341323aa52bed6da343fca1d9ec2d257328a9b8ee4054b4f3ac4440e83fa214(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorDriverEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b11e907133877c5c473fff5e1c28196acfe83da40ed50da264a40213bc998cc7(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05046f1f64818652888e88166ba84b6a56bb68f6e719f395b60bac2188204241(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74c1a2d49fcd4f9508a686e06fcfd3c0d1414fae1ea9aff76b19c2e8d8131357(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorPluginEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65099af5863fe09b9e42d632e9349185a749988eb865713d996af938f7f33e99(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e14650969e6bbf3bd703a131add7ea57691e8c417a27604f57f4b88cf7712346(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecValidatorResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecValidatorResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcb8788e6cdda1c69cb4563583018c9992f9f2ab027573bc0f2d08f3f00782c9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c585801ce116786d588197eaf24297730805ef49101aa44f25fbfb5119880242(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4941094fb4b2723aaf0b6861a6fdd5c556fa083892aefe68ea7c8c6cc16c96b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1c83cfaf393b7ce4257055080f642a4c7dd6e7f5c2fed67670fb6e973327105(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5baf5682efca7c6f3257a6b1c60d12f295ae5101490868899e52bb55a98ad1bf(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorToolkitEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22f045a853c4556a8bcb64f86b1541d71ce4ad9ce57668f4e8f15c89dab58d0f(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfc950b8280d10c7b67a865ff7a9f911a65ab3cd7380930af09200aeeed9ecbf(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorVfioPciEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4e49454a35ced0f2d773d98ee31db09a2c248e04b191326455ea26db387fecb(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c346fa50f1b3032146edd0d6b6e16d986a381f6d3e470b5bb495730fefb57941(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorVgpuDevicesEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a01a6d0094aa74621bbda48b163d30b6cb44229cf32f7ed7a8eaa84ac43d0db5(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5f98f668c71433325b8c0def63854c848414cc32ee8099009fc8fe65bdfbba4(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecValidatorVgpuManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66417bf00e03e5b5c6f438253c3a7860cc90ef6dee0f936582ed883ff5db2e28(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f49ed7238b06af12bd142cc03e846027a2d60b137dc15dcb7a01c85eb4b8495(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    driver_manager: typing.Optional[typing.Union[ClusterPolicySpecVfioManagerDriverManager, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecVfioManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecVfioManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f648c8838b9acd1d2457d89d7ce6117c25096ef4b947343b0e5e0bec8f833ad(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecVfioManagerDriverManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cb9f015fd06a5b2d06ef37e2f6fc6b1da39fe239f9e1af91d0c2f92b517158e(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__568f4fdcfdc33def63c9475834dcecc4d01b06edcbd4a5ab01eee8c326418630(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ca10c818d5d7d51fb8663fd65ef2d8278a74ae5117737266006c3988d4eb63a(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVfioManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVfioManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92f20a01de70a9cac5842c495f8d55ba5b194e7ac4a17d2b97f5078acc47cd8d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6dc192df4643bd60000259600baf746207a9c82a4f8d8727d3726e84b8a9d49(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4722c8e2488e2ec655759fb3db43cbd8743c050a49a6fd035807b0c9ef8ec31(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a634bd4bc4a2bbc42806dcc03e30bcbbeae2917fbb927c1b80484a29d419cfc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4f694ea5646fcf2844fca5fdfb69e4a154d218885df7e30a5ba7f503dd46a16(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    config: typing.Optional[typing.Union[ClusterPolicySpecVgpuDeviceManagerConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecVgpuDeviceManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecVgpuDeviceManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c74e4625b986fa8a2b6dd509f346f119ef525e3b3bd65e8d1c656bd2865f11b(
    *,
    default: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__278d89089227e7df6fac45327196a0cd97e9195556f3c057b8b2bb561c507a8d(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abc4d784dbb84136fa3724f72037bd9f03a50df9c519968c1284c90ef5bcc157(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVgpuDeviceManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVgpuDeviceManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fd3d7f44e09d25de8c1dc3f61d7b5ff37915befe6294ea636f2212a94421ec4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e745aa361c7b28ae4bbdd3ff00ef31cdc6f6a96fb83bcfc85768a3136773e1a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92afff2ba759c2e8f73de7a677a7806da03f913af56e6ffcf4c68ff904098260(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7c8e7cd51593145521e7bccb52dad41e7bfeff9dbb554e296fb961339e0ac8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ddbde02654f403bcfe4c11f2919f37f7fdd20e0b3c944ffab4454dbe81d0485(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    driver_manager: typing.Optional[typing.Union[ClusterPolicySpecVgpuManagerDriverManager, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecVgpuManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_network: typing.Optional[builtins.bool] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    kernel_module_config: typing.Optional[typing.Union[ClusterPolicySpecVgpuManagerKernelModuleConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    repository: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[ClusterPolicySpecVgpuManagerResources, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5eeb6ca403759277bdf4c629839487115106cee11762b82af629981b7a13e35f(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[ClusterPolicySpecVgpuManagerDriverManagerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    repository: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f48d08a61b8a7af83554edbd52e2d5b96ef869caed4b0b9e8a8beb930e3e2607(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d224f4cb360706b97f0fbeb980e86cee1ef2788595da410f2078454719cfe7d(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__235dff9a6a2abe197ed588f69edbb4cca518a6cf1735006c2bf2ba325684675a(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be6761c2d4bb321ebdf6ba8aa8962d56e9c9f93fbcbfd2ff2e1f1655451e001b(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVgpuManagerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, ClusterPolicySpecVgpuManagerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68ade4f0711a99aa2488bb13cc2aef11cb11aab4ae6064d4ef7d39c2d83f2d2d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41dad7b32a82198857ed1e4149dca83369b9220196710c232ed175e3ef02da7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7dc7c6ad9e2b5e0c55c415deff24671b82807814b535f3c419d6471326f1663(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cceb5378ff628d0ef3c1ac425e1ef916b4e112a67bee70af6967dace24f4c03(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
