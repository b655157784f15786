# Debian's cloud-init NoCloud data source, reading a seed image attached as a block device (argv[1]).
# The device is found as cloud-init finds it (blkid: LABEL=cidata, TYPE=iso9660) and mounted by cloud-init's own
# mount_cb. A kernel without the iso9660 file system cannot mount it; then (only then) the mount is replaced by
# osirrox reading the same device, and cloud-init's own callback reads the files from there.
import json, subprocess, sys, tempfile
from cloudinit import helpers, util
from cloudinit.sources import DataSourceNoCloud as nocloud

device = sys.argv[1]
report = {"found": sorted(set(util.find_devs_with("LABEL=cidata")) & set(util.find_devs_with("TYPE=iso9660")))}
real_mount_cb = util.mount_cb

def mount_cb(dev, callback, data=None, mtype=None, update_env_for_mount=None, **kwargs):
    try:
        result = real_mount_cb(dev, callback, data=data, mtype=mtype, update_env_for_mount=update_env_for_mount)
        report["read"] = "mount"
        return result
    except util.MountFailedError:
        where = tempfile.mkdtemp()
        subprocess.run(["osirrox", "-indev", "stdio:" + dev, "-extract", "/", where], check=True, capture_output=True)
        report["read"] = "osirrox"
        return callback(where, data)

util.mount_cb = mount_cb
state = tempfile.mkdtemp()
source = nocloud.DataSourceNoCloud(sys_cfg={}, distro=None,
                                   paths=helpers.Paths({"cloud_dir": state, "run_dir": state + "/run"}))
report["got_data"] = bool(source.get_data())
report["user_data"] = (source.userdata_raw or b"").decode("utf-8")
report["parts"] = [p.get_content_type() for p in source.get_userdata().walk()]
print(json.dumps(report))
