import Foundation
import Testing

@testable import Cluster

@Suite struct JSONValueTests {
  static let pod: JSONValue = [
    "metadata": ["name": "web", "labels": ["app": "web"]],
    "spec": ["containers": [["name": "c", "ports": [["containerPort": 80.0]]]]],
    "count": 3, "ratio": 0.5, "ready": true, "gone": nil,
  ]

  @Test func accessors() {
    #expect(Self.pod["metadata"]?["name"]?.asString == "web")
    #expect(Self.pod[path: ["metadata", "labels", "app"]] == "web")
    #expect(Self.pod["spec"]?["containers"]?[0]?["name"] == "c")
    #expect(Self.pod["spec"]?["containers"]?[1] == nil)
    #expect(Self.pod["spec"]?["containers"]?[0]?["ports"]?[0]?["containerPort"]?.asInt == 80)
    #expect(Self.pod["count"]?.asInt == 3)
    #expect(Self.pod["ratio"]?.asInt == nil)
    #expect(Self.pod["ratio"]?.asDouble == 0.5)
    #expect(Self.pod["ready"]?.asBool == true)
    #expect(Self.pod["gone"]?.isNull == true)
    #expect(Self.pod["missing"] == nil)
    #expect(Self.pod["count"]?["x"] == nil)
    #expect(Self.pod.sortedKeys == ["count", "gone", "metadata", "ratio", "ready", "spec"])
    #expect(JSONValue.double(1e300).asInt == nil)
    #expect(JSONValue.double(.nan).asInt == nil)
    #expect(JSONValue.string("x").goKindName == "string")
  }

  @Test func settingMembers() {
    var value = Self.pod
    value["metadata"]?["namespace"] = "default"
    value["count"] = nil
    #expect(value[path: ["metadata", "namespace"]] == "default")
    #expect(value["count"] == nil)
    var scalar: JSONValue = 1
    scalar["x"] = 2
    #expect(scalar == 1)
  }

  @Test func byteOrderIsGoStringOrder() {
    #expect(
      ["b", "B", "a_b", "aB", "é", "z"].sorted(by: JSONValue.byteOrder) == [
        "B", "aB", "a_b", "b", "z", "é",
      ])
  }

  @Test func codableWithFoundation() throws {
    let data = try JSONEncoder().encode(Self.pod)
    let back = try JSONDecoder().decode(JSONValue.self, from: data)
    #expect(back["metadata"] == Self.pod["metadata"])
    #expect(back["count"] == .int(3))
    #expect(back["ratio"] == .double(0.5))
    #expect(back["gone"] == .null)
  }
}

@Suite struct JSONValueEncoderTests {
  struct Handler: Codable {
    var command: [String]?
    var port: IntOrString?
  }

  struct Container: Codable {
    var name: String
    var ready: Bool?
    var restartCount: Int32
    var grace: Int64?
    var ratio: Double?
    var handler: Handler?
    var extra: JSONValue?
    var labels: [String: String]?
  }

  @Test func omitsNilOptionalsAndKeepsTypes() throws {
    let container = Container(
      name: "c", ready: nil, restartCount: 2, grace: 30, ratio: 0.5,
      handler: Handler(command: ["sh", "-c"], port: .string("http")), extra: ["any": [1, "two"]],
      labels: ["app": "web"])
    #expect(
      try JSONValueEncoder().encode(container) == [
        "name": "c", "restartCount": 2, "grace": 30, "ratio": 0.5,
        "handler": ["command": ["sh", "-c"], "port": "http"], "extra": ["any": [1, "two"]],
        "labels": ["app": "web"],
      ])
    #expect(try JSONValueEncoder().encode(Handler()) == [:])
    #expect(try JSONValueEncoder().encode(Handler(port: .int(80))) == ["port": 80])
  }

  @Test func scalarsAndCollections() throws {
    #expect(try JSONValueEncoder().encode("x") == "x")
    #expect(try JSONValueEncoder().encode([1, 2]) == [1, 2])
    #expect(try JSONValueEncoder().encode([Int]()) == [])
    #expect(try JSONValueEncoder().encode(["k": [String]()]) == ["k": []])
    #expect(try JSONValueEncoder().encode(UInt64(7)) == 7)
    #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(UInt64.max) }
    #expect(try GoJSON.marshal(JSONValueEncoder().encode(["b": 1, "a": 2])) == #"{"a":2,"b":1}"#)
  }
}
