/// The API server's decoding of a Pod from JSON: strict (unknown fields are errors) and typed.
public enum PodDecoder {
  /// Decodes a Pod the way `kube-apiserver` does for a create or an update request.
  ///
  /// - Throws: `.badRequest` worded as the API server words it:
  ///   `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "…"`.
  public static func decode(_ document: JSONValue) throws(APIError) -> Pod {
    let prefix = "Pod in version \"v1\" cannot be handled as a Pod: "
    do {
      let decoded = try JSONValueDecoder().decode(Pod.self, from: document)
      if let strict = decoded.strictDecodingMessage { throw APIError.badRequest(prefix + strict) }
      return decoded.value
    } catch let error as JSONDecodingError {
      throw .badRequest(prefix + error.message)
    } catch let error as APIError {
      throw error
    } catch {
      throw .badRequest(prefix + String(describing: error))
    }
  }
}
